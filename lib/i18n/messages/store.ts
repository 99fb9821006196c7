import type { MessageTable } from '../message-table';

/**
 * Words of the note store's problems (lib/store/store-error.ts), shown by the student page and by
 * the options' backup section. `$1` in the write failures is the action that did not happen.
 */
export const storeMessages = {
  storeLocked: {
    nb: 'Notatene er låst. Lås opp med passordet ditt.',
    nn: 'Notata er låste. Lås opp med passordet ditt.',
    en: 'The notes are locked. Unlock them with your passphrase.',
  },
  storeNotSetUp: {
    nb: 'Notatene er ikke satt opp ennå. Velg et passord først.',
    nn: 'Notata er ikkje sette opp enno. Vel eit passord først.',
    en: 'The notes are not set up yet. Choose a passphrase first.',
  },
  storeAlreadySetUp: {
    nb: 'Notatene er allerede satt opp med et passord. Lås opp med det, eller bytt passord.',
    nn: 'Notata er alt sette opp med eit passord. Lås opp med det, eller byt passord.',
    en: 'The notes are already set up with a passphrase. Unlock them with it, or change the passphrase.',
  },
  storePassphraseTooShort: {
    nb: 'Passordet må ha minst $1 tegn. Velg gjerne en setning du husker.',
    nn: 'Passordet må ha minst $1 teikn. Vel gjerne ei setning du hugsar.',
    en: 'The passphrase must have at least $1 characters. A sentence you remember works well.',
  },
  storePassphraseWeak: {
    nb: 'Passordet er for lett å gjette: det ligner vanlige passord, ord eller mønstre. Velg en setning av fire eller flere ord du husker.',
    nn: 'Passordet er for lett å gjette: det liknar vanlege passord, ord eller mønster. Vel ei setning av fire eller fleire ord du hugsar.',
    en: 'The passphrase is too easy to guess: it resembles common passwords, words or patterns. Choose a sentence of four or more words you remember.',
  },
  storeWrongPassphrase: {
    nb: 'Feil passord. Ingenting er endret.',
    nn: 'Feil passord. Ingenting er endra.',
    en: 'Wrong passphrase. Nothing was changed.',
  },
  storeConcurrentChange: {
    nb: 'Notatene ble endret i et annet vindu samtidig. Ingenting er endret; prøv igjen.',
    nn: 'Notata vart endra i eit anna vindauge samtidig. Ingenting er endra; prøv igjen.',
    en: 'The notes were changed in another window at the same time. Nothing was changed; try again.',
  },
  storeKeyChanged: {
    nb: 'Passordet er byttet, eller notatene er slettet, i et annet vindu. Ingenting er lagret her; lås opp på nytt.',
    nn: 'Passordet er bytt, eller notata er sletta, i eit anna vindauge. Ingenting er lagra her; lås opp på nytt.',
    en: 'The passphrase was changed, or the notes deleted, in another window. Nothing was saved here; unlock again.',
  },
  storeFull: {
    nb: '$1: lagringsplassen i nettleseren er full. Ingenting er endret; forrige versjon er beholdt. Frigjør plass (for eksempel ved å slette avsluttede saker etter å ha tatt sikkerhetskopi) og prøv igjen.',
    nn: '$1: lagringsplassen i nettlesaren er full. Ingenting er endra; førre versjon er halden på. Frigjer plass (til dømes ved å slette avslutta saker etter å ha teke tryggingskopi) og prøv igjen.',
    en: "$1: the browser's storage is full. Nothing was changed; the previous version is kept. Free some space (for example by deleting closed cases after making a backup) and try again.",
  },
  storeWriteAborted: {
    nb: '$1: lagringen ble avbrutt. Ingenting er endret; forrige versjon er beholdt. Prøv igjen.',
    nn: '$1: lagringa vart avbroten. Ingenting er endra; førre versjon er halden på. Prøv igjen.',
    en: '$1: saving was interrupted. Nothing was changed; the previous version is kept. Try again.',
  },
  storeWriteAbortedCause: {
    nb: '$1: lagringen ble avbrutt ($2). Ingenting er endret; forrige versjon er beholdt. Prøv igjen.',
    nn: '$1: lagringa vart avbroten ($2). Ingenting er endra; førre versjon er halden på. Prøv igjen.',
    en: '$1: saving was interrupted ($2). Nothing was changed; the previous version is kept. Try again.',
  },
  storeActionSavePassphrase: { nb: 'Passordet ble ikke lagret', nn: 'Passordet vart ikkje lagra', en: 'The passphrase was not saved' },
  storeActionSaveNote: { nb: 'Notatet ble ikke lagret', nn: 'Notatet vart ikkje lagra', en: 'The note was not saved' },
  storeActionMoveNote: { nb: 'Notatet ble ikke flyttet', nn: 'Notatet vart ikkje flytt', en: 'The note was not moved' },
  storeActionDeleteNote: { nb: 'Notatet ble ikke slettet', nn: 'Notatet vart ikkje sletta', en: 'The note was not deleted' },
  storeActionDeleteAll: { nb: 'Notatene ble ikke slettet', nn: 'Notata vart ikkje sletta', en: 'The notes were not deleted' },
  storeActionChangePassphrase: { nb: 'Passordet ble ikke byttet', nn: 'Passordet vart ikkje bytt', en: 'The passphrase was not changed' },
  storeActionImportBackup: {
    nb: 'Sikkerhetskopien ble ikke lest inn',
    nn: 'Tryggingskopien vart ikkje lesen inn',
    en: 'The backup was not imported',
  },
  storeActionMoveLegacyNotes: {
    nb: 'Notatene ble ikke flyttet til det nye lageret',
    nn: 'Notata vart ikkje flytte til det nye lageret',
    en: 'The notes were not moved to the new store',
  },
  storeDbOpenFailed: {
    nb: 'Kunne ikke åpne notatlageret i nettleseren.',
    nn: 'Kunne ikkje opne notatlageret i nettlesaren.',
    en: "Could not open the note store in the browser.",
  },
  storeDbNewerVersion: {
    nb: 'Notatene er lagret av en nyere versjon av Nærværsradar. Oppdater utvidelsen; ingenting er endret.',
    nn: 'Notata er lagra av ein nyare versjon av Nærværsradar. Oppdater utvidinga; ingenting er endra.',
    en: 'The notes were stored by a newer version of Nærværsradar. Update the extension; nothing was changed.',
  },
  storeDbUpgradeFailed: {
    nb: 'Kunne ikke åpne eller oppgradere notatlageret. Ingenting er endret.',
    nn: 'Kunne ikkje opne eller oppgradere notatlageret. Ingenting er endra.',
    en: 'Could not open or upgrade the note store. Nothing was changed.',
  },
  storeMetaDamaged: {
    nb: 'Nøkkeldataene i notatlageret er skadet:',
    nn: 'Nøkkeldata i notatlageret er skadde:',
    en: "The note store's key data is damaged:",
  },
  storeDecryptFailed: {
    nb: 'Innholdet kunne ikke dekrypteres: det er skadet eller endret.',
    nn: 'Innhaldet kunne ikkje dekrypterast: det er skadd eller endra.',
    en: 'The content could not be decrypted: it is damaged or altered.',
  },
  storeDecryptedNotJson: {
    nb: 'Innholdet ble dekryptert, men er ikke gyldig JSON.',
    nn: 'Innhaldet vart dekryptert, men er ikkje gyldig JSON.',
    en: 'The content was decrypted but is not valid JSON.',
  },
  storeNoteInvalid: {
    nb: 'Notatet ble ikke lagret: det er ikke gyldig.',
    nn: 'Notatet vart ikkje lagra: det er ikkje gyldig.',
    en: 'The note was not saved: it is not valid.',
  },
  storeNoteUnknownShape: {
    nb: 'Et notat har en form denne versjonen ikke kjenner:',
    nn: 'Eit notat har ei form denne versjonen ikkje kjenner:',
    en: 'A note has a shape this version does not know:',
  },
  storeNoteOfUnknownShape: {
    nb: 'Notatet for $1 har en form denne versjonen ikke kjenner:',
    nn: 'Notatet for $1 har ei form denne versjonen ikkje kjenner:',
    en: 'The note for $1 has a shape this version does not know:',
  },
  storeNoteUnreadable: {
    nb: 'Et notat kan ikke åpnes med denne nøkkelen: det er skadet, endret eller flyttet fra en annen elev.',
    nn: 'Eit notat kan ikkje opnast med denne nøkkelen: det er skadd, endra eller flytt frå ein annan elev.',
    en: 'A note cannot be opened with this key: it is damaged, altered or moved from another student.',
  },
  storeNoteOfUnreadable: {
    nb: 'Notatet for $1 kan ikke åpnes med denne nøkkelen: det er skadet eller endret.',
    nn: 'Notatet for $1 kan ikkje opnast med denne nøkkelen: det er skadd eller endra.',
    en: 'The note for $1 cannot be opened with this key: it is damaged or altered.',
  },
  storeNoteInWrongSlot: {
    nb: 'Et notat ligger på en annen elevs plass: det er endret eller flyttet, og vises ikke.',
    nn: 'Eit notat ligg på plassen til ein annan elev: det er endra eller flytt, og blir ikkje vist.',
    en: "A note sits in another student's place: it was altered or moved, and is not shown.",
  },
  storeNoteOfOtherStudent: {
    nb: 'Notatet for $1 holder en annen elevs notater, og vises ikke.',
    nn: 'Notatet for $1 held notata til ein annan elev, og blir ikkje vist.',
    en: "The note for $1 holds another student's notes, and is not shown.",
  },
  storeNoteNotMoved: {
    nb: 'Notatet for $1 er ikke flyttet til det nye lageret.',
    nn: 'Notatet for $1 er ikkje flytt til det nye lageret.',
    en: 'The note for $1 has not been moved to the new store.',
  },
  storePassphraseKept: {
    nb: 'Et notat kan ikke åpnes med det gamle passordet, så passordet er ikke byttet. Ingenting er endret.',
    nn: 'Eit notat kan ikkje opnast med det gamle passordet, så passordet er ikkje bytt. Ingenting er endra.',
    en: 'A note cannot be opened with the old passphrase, so the passphrase was not changed. Nothing was changed.',
  },
  storePassphraseKeptFor: {
    nb: 'Notatet for $1 kan ikke åpnes med det gamle passordet, så passordet er ikke byttet. Ingenting er endret.',
    nn: 'Notatet for $1 kan ikkje opnast med det gamle passordet, så passordet er ikkje bytt. Ingenting er endra.',
    en: 'The note for $1 cannot be opened with the old passphrase, so the passphrase was not changed. Nothing was changed.',
  },
  storeUnchanged: { nb: 'Ingenting er endret.', nn: 'Ingenting er endra.', en: 'Nothing was changed.' },
  storeBackupEmpty: { nb: 'Filen er tom.', nn: 'Fila er tom.', en: 'The file is empty.' },
  storeBackupTruncated: {
    nb: 'Sikkerhetskopien er avkortet eller skadet: filen slutter før den er hel (ikke gyldig JSON).',
    nn: 'Tryggingskopien er avkorta eller skadd: fila sluttar før ho er heil (ikkje gyldig JSON).',
    en: 'The backup is truncated or damaged: the file ends before it is whole (not valid JSON).',
  },
  storeBackupNotJson: {
    nb: 'Filen er ikke en sikkerhetskopi fra Nærværsradar (den er ikke JSON).',
    nn: 'Fila er ikkje ein tryggingskopi frå Nærværsradar (ho er ikkje JSON).',
    en: 'The file is not a Nærværsradar backup (it is not JSON).',
  },
  storeBackupNotOurs: {
    nb: 'Filen er ikke en sikkerhetskopi fra Nærværsradar (mangler "format": "$1").',
    nn: 'Fila er ikkje ein tryggingskopi frå Nærværsradar (manglar "format": "$1").',
    en: 'The file is not a Nærværsradar backup (it lacks "format": "$1").',
  },
  storeBackupNewerVersion: {
    nb: 'Sikkerhetskopien er laget av en nyere versjon av Nærværsradar (format $1). Oppdater utvidelsen.',
    nn: 'Tryggingskopien er laga av ein nyare versjon av Nærværsradar (format $1). Oppdater utvidinga.',
    en: 'The backup was made by a newer version of Nærværsradar (format $1). Update the extension.',
  },
  storeBackupDamaged: { nb: 'Sikkerhetskopien er skadet:', nn: 'Tryggingskopien er skadd:', en: 'The backup is damaged:' },
  storeBackupKeyDataDamaged: {
    nb: 'Sikkerhetskopien er skadet: nøkkeldataene kan ikke brukes.',
    nn: 'Tryggingskopien er skadd: nøkkeldata kan ikkje brukast.',
    en: "The backup is damaged: its key data cannot be used.",
  },
  storeBackupWrongPassphrase: {
    nb: 'Feil passord for denne sikkerhetskopien. Bruk passordet som gjaldt da den ble laget ($1).',
    nn: 'Feil passord for denne tryggingskopien. Bruk passordet som galdt då han vart laga ($1).',
    en: 'Wrong passphrase for this backup. Use the passphrase that was in use when it was made ($1).',
  },
  storeBackupUndecryptable: {
    nb: 'Sikkerhetskopien er skadet: passordet er riktig, men innholdet kan ikke dekrypteres (filen er endret eller ødelagt).',
    nn: 'Tryggingskopien er skadd: passordet er rett, men innhaldet kan ikkje dekrypterast (fila er endra eller øydelagd).',
    en: 'The backup is damaged: the passphrase is right, but the content cannot be decrypted (the file is altered or broken).',
  },
  storeBackupUnknownNotes: {
    nb: 'Sikkerhetskopien har notater denne versjonen ikke kan lese:',
    nn: 'Tryggingskopien har notat denne versjonen ikkje kan lese:',
    en: 'The backup has notes this version cannot read:',
  },
  storeBackupImpossibleDates: {
    nb: 'Sikkerhetskopien har datoer som ikke kan stemme:',
    nn: 'Tryggingskopien har datoar som ikkje kan stemme:',
    en: 'The backup has dates that cannot be right:',
  },
  storeBackupDateInFuture: {
    nb: 'students[$1] ($2).$3: $4 er fram i tid',
    nn: 'students[$1] ($2).$3: $4 er fram i tid',
    en: 'students[$1] ($2).$3: $4 is in the future',
  },
  storeBackupClosedAfterToday: {
    nb: 'students[$1] ($2).closedAt: $3 er etter i dag ($4)',
    nn: 'students[$1] ($2).closedAt: $3 er etter i dag ($4)',
    en: 'students[$1] ($2).closedAt: $3 is after today ($4)',
  },
  storeIntegrityRolledBack: {
    nb: 'Notatene om $1 er en eldre kopi enn de du sist lagret.',
    nn: 'Notata om $1 er ein eldre kopi enn dei du sist lagra.',
    en: 'The notes on $1 are an older copy than the ones you last saved.',
  },
  storeIntegrityDeleted: {
    nb: 'Notatene om $1 er slettet utenfor Nærværsradar.',
    nn: 'Notata om $1 er sletta utanfor Nærværsradar.',
    en: 'The notes on $1 were deleted outside Nærværsradar.',
  },
  storeIntegrityUnlisted: {
    nb: 'Notatene om $1 var slettet, men er lagt tilbake.',
    nn: 'Notata om $1 var sletta, men er lagde tilbake.',
    en: 'The notes on $1 had been deleted, but have been put back.',
  },
  storeIntegrityManifestOlder: {
    nb: 'Oversikten over notatene er eldre enn notatene selv: den er lagt tilbake fra en tidligere kopi.',
    nn: 'Oversikta over notata er eldre enn notata sjølve: ho er lagd tilbake frå ein tidlegare kopi.',
    en: 'The list of the notes is older than the notes themselves: it was put back from an earlier copy.',
  },
  storeIntegrityManifestMissing: {
    nb: 'Oversikten over notatene er fjernet, så ingen notater kan kontrolleres.',
    nn: 'Oversikta over notata er fjerna, så ingen notat kan kontrollerast.',
    en: 'The list of the notes has been removed, so no note can be checked.',
  },
  storeIntegrityManifestDamaged: {
    nb: 'Oversikten over notatene er skadet eller byttet ut, så ingen notater kan kontrolleres.',
    nn: 'Oversikta over notata er skadd eller bytt ut, så ingen notat kan kontrollerast.',
    en: 'The list of the notes is damaged or replaced, so no note can be checked.',
  },
} satisfies MessageTable;
