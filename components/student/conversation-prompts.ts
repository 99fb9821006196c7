import type { SourceRef } from '../../lib/model';

/**
 * "Kartleggingssamtale ved bekymring for fravær" (Rælingen kommune, "Fravær i barnehager og skoler
 * – en praktisk og faglig veileder", p. 26; the guide credits "Nittedal kommune: Alvorlig
 * skolefravær-Veileder for forebygging og oppfølging"). The questions verbatim, as prompts beside
 * the teacher's free text: they are the guideline's words, so they are not translated.
 */
export const CONVERSATION_SOURCE: SourceRef = {
  document: 'Fravær i barnehager og skoler – en praktisk og faglig veileder',
  publisher: 'Rælingen kommune',
  section: 'Kartleggingssamtale ved bekymring for fravær',
  page: 26,
};

export interface PromptGroup {
  heading: string;
  prompts: readonly string[];
}

export const CONVERSATION_PROMPTS: readonly PromptGroup[] = [
  {
    heading: 'Forslag til spørsmål: Eleven',
    prompts: [
      'Hvordan trives du på skolen og på fritiden?',
      'Har du venner på skolen? Hva liker du å gjøre på fritiden?',
      'Er det noe du opplever som vanskelig eller ubehagelig på skolen? Er det spesielle fag du liker/ikke liker? Hvordan opplever du prøver? Hvordan går det med lekser?',
      'Er det noen lærere eller andre voksne på skolen som du har et godt/ikke godt forhold til?',
      'Blir du plaget eller mobbet på skolen, i friminuttene, på skoleveien eller i fritiden?',
      'Hva gjør du når du ikke er på skolen?',
      'Hvordan kunne du ønske at skoledagen din var?',
    ],
  },
  {
    heading: 'Forslag til spørsmål: Foresatte',
    prompts: [
      'Hvordan opplever du/dere at barnet trives på skolen/fritiden?',
      'Opplever du/dere at det er spesielle årsaker til at barnet ikke er på skolen?',
      'Kan det være forhold på skolen som gjør at barnet har fravær?',
      'Kan det være forhold utenfor skolen som gjør at barnet har fravær?',
      'Er det helsemessige årsaker til at barnet er borte fra skolen?',
      'Hva gjør eleven når han/hun er hjemme fra skolen?',
      'Hvordan er elevens morgenrutiner? Kveldsrutiner?',
      'Kartlegg foresattes behov for støtte:',
      'Er det noe du/dere som foresatte har behov for hjelp til? Hvem kan hjelpe?',
      'Hva tenker du/dere at skolen kan gjøre for at barnet skal komme på skolen?',
    ],
  },
  {
    heading: 'Samtalens avslutning',
    prompts: [
      'Gi en kort oppsummering av samtalen. Avtal veien videre.',
      'Avklar tydelige rammer for videre kontakt: avklar hyppighet for kontakt, bli enige om bruk av mail/sms/telefontid.',
      'Dersom årsakene til fraværet har kommet tydelig frem kan samarbeidsavtalen allerede nå brukes til å utarbeide og avtale konkrete tiltak. Dersom samarbeidsavtalen fylles ut og tiltak iverksettes, skal et evalueringsmøte avholdes innen tre uker.',
      'Dersom det er behov for ytterligere kartlegging eller det ikke er tydelig hvilke tiltak som bør iverksettes, avtales et nytt møte innen en uke. Ledelsen skal være representert.',
    ],
  },
  {
    heading: 'Etter samtalen',
    prompts: [
      'Har du gjort deg noen tanker om hvilke faktorer som kan være utløsende og opprettholdende for problematikken?',
      'Er det behov for å drøfte saken anonymt med PPT og/eller barnevern (avtale «Åpen tid»)?',
      'Gjør en vurdering om det er nødvendig med bekymringsmelding til barneverntjenesten. Er du i tvil kan du ringe barneverntjenesten og drøfte saken anonymt.',
      'Skriv referat og send kopi til foresatte.',
    ],
  },
];
