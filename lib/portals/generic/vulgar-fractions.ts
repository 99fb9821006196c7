/**
 * A fraction written as one character ("⅙", "5 ⅚", "2⅓ dager"), as summaries that turn lessons into
 * sixths of a day print them: the leading figure in decimals ("5,8333…"), for the number parser to
 * read with its unit; any other text as it is. The character's compatibility form spells its
 * numerator and denominator ("⅚" is "5⁄6"), so every vulgar fraction Unicode has is read the same way.
 */
export function withVulgarFraction(text: string): string {
  return text.replace(/^(\d*) ?([\u00BC-\u00BE\u2150-\u215E\u2189])(?!\d)/u, (_, whole: string, fraction: string) => {
    const [numerator, denominator] = fraction.normalize('NFKD').split('\u2044').map(Number);
    if (numerator === undefined || !denominator) return _;
    return `${Number(whole) + numerator / denominator}`.replace('.', ',');
  });
}
