/**
 * The fuzz suites' check that a refusal is French: English words or a stack
 * frame in the app's own words. What a message quotes of the input («…»,
 * "…", a field path before « : ») is the user's text, not the app's: a
 * mutated key `"weeklyMinute is"` is not English from the app.
 */
export const ENGLISH = /\b(?:the|is|not|expected|unexpected|invalid|error|undefined|token|position|received|required|must|cannot)\b|\bat [\w.]+ \(|Error:/i;

/** The message without what it quotes of the input. */
export function ownWords(message: string): string {
  return message
    .replace(/«[^»]*»/g, '«»')
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/(^|; |: )[^\s:;]+ : /g, '$1');
}
