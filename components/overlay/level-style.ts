import type { Level } from '../../lib/model';
import type { levelMessages } from '../../lib/i18n/messages/level';

export type LevelLabelKey = keyof typeof levelMessages;

/**
 * How each level looks: colour AND icon AND text, so that no one needs to tell red from green.
 * Colours are chosen for WCAG AA contrast of the text on its background.
 */
export interface LevelLook {
  labelKey: LevelLabelKey;
  foreground: string;
  background: string;
  border: string;
  /** An SVG path (16×16 viewBox) for the level's shape. */
  iconPath: string;
}

export const LEVEL_LOOK: Record<Level, LevelLook> = {
  ok: {
    labelKey: 'levelOk',
    foreground: '#14532d',
    background: '#dcfce7',
    border: '#15803d',
    // circle with a check mark
    iconPath: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-1.2 10.2L3.6 8l1.1-1.1 2.1 2.1 4.5-4.5 1.1 1.1z',
  },
  unknown: {
    labelKey: 'levelUnknown',
    foreground: '#1e293b',
    background: '#f1f5f9',
    border: '#475569',
    // a circle with a question mark: the page does not show enough to decide
    iconPath:
      'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.9 10.3h1.8V13H7.1zM8 3.2c1.7 0 2.9 1 2.9 2.5 0 1.2-.7 1.8-1.4 2.3-.5.4-.6.6-.6 1.2v.3H7.1v-.4c0-1 .4-1.5 1.1-2 .5-.4.8-.6.8-1.2 0-.6-.4-1-1-1s-1.1.4-1.1 1.1H5.1C5.1 4.3 6.3 3.2 8 3.2z',
  },
  watch: {
    labelKey: 'levelWatch',
    foreground: '#713f12',
    background: '#fef9c3',
    border: '#a16207',
    // an eye: "følg med"
    iconPath: 'M8 3C4.4 3 1.6 5.4.5 8c1.1 2.6 3.9 5 7.5 5s6.4-2.4 7.5-5C14.4 5.4 11.6 3 8 3zm0 8a3 3 0 1 1 0-6 3 3 0 0 1 0 6z',
  },
  concern: {
    labelKey: 'levelConcern',
    foreground: '#7c2d12',
    background: '#ffedd5',
    border: '#c2410c',
    // a warning triangle with an exclamation mark
    iconPath: 'M8 1 .5 14.5h15zm-.9 4.5h1.8v5H7.1zm0 6.2h1.8v1.8H7.1z',
  },
  serious: {
    labelKey: 'levelSerious',
    foreground: '#ffffff',
    background: '#b91c1c',
    border: '#7f1d1d',
    // an octagon with an exclamation mark
    iconPath: 'M5 1h6l4 4v6l-4 4H5l-4-4V5zm2.1 3v5h1.8V4zm0 6.2V12h1.8v-1.8z',
  },
};
