/** Text to be matched as itself inside a regular expression: its pattern characters escaped. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Any one of `words`, each matched as itself: the alternatives of a regular expression's group. */
export function anyOf(words: readonly string[]): string {
  return words.map(literal).join('|');
}
