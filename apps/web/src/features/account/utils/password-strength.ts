/**
 * A live estimate of how guessable a password is, mirroring the API's policy (libs/identity,
 * passwords/password-policy.ts): at least 12 characters, at most 256, and not common or easy to
 * guess, counting the person's own e-mail, name and workshop name as easy. The API checks with
 * zxcvbn's full dictionaries, too heavy for the browser; this finds the same kinds of weakness
 * (common words, keyboard rows, sequences, repeats, personal words) with a short list, and the
 * API's answer stays the truth: its refusal lands on the field.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordVerdict = 'empty' | 'too-short' | 'too-long' | 'guessable' | 'fair' | 'strong';

export interface PasswordStrength {
  readonly verdict: PasswordVerdict;
  /** 0 (nothing) to 4 (strong), for the meter. */
  readonly score: 0 | 1 | 2 | 3 | 4;
  /** Long enough and short enough: the only part certain to match the API. */
  readonly longEnough: boolean;
}

/** Bits an attacker needs on top of trying common patterns; zxcvbn's bar is about 10^8 guesses. */
const GUESSABLE_BELOW_BITS = 36;
const STRONG_FROM_BITS = 60;

const COMMON = [
  'password',
  'passw0rd',
  'qwerty',
  'azerty',
  'letmein',
  'welcome',
  'admin',
  'administrator',
  'iloveyou',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'soccer',
  'hockey',
  'sunshine',
  'princess',
  'master',
  'shadow',
  'superman',
  'batman',
  'trustno1',
  'starwars',
  'freedom',
  'whatever',
  'michael',
  'jennifer',
  'jordan',
  'hunter',
  'ranger',
  'killer',
  'charlie',
  'thomas',
  'computer',
  'secret',
  'summer',
  'winter',
  'spring',
  'autumn',
  'hello',
  'love',
  'lovely',
  'flower',
  'cheese',
  'chocolate',
  'pokemon',
  'ninja',
  'mustang',
  'access',
  'login',
  'change',
  'changeme',
  'default',
  'guest',
  'user',
  'test',
  'testing',
  'pass',
  'abc',
  'asdf',
  'zaq12wsx',
  'qazwsx',
  'q1w2e3r4',
  '1q2w3e4r',
  'internet',
  'google',
  'facebook',
  'samsung',
  'apple',
  'microsoft',
  'liverpool',
  'chelsea',
  'arsenal',
  'barcelona',
  'matrix',
  'orange',
  'banana',
  'purple',
  'yellow',
  'silver',
  'golden',
  'diamond',
  'angel',
  'baby',
  'family',
  'friends',
  'forever',
  'money',
  'mother',
  'father',
  'daniel',
  'anna',
  'maria',
  'pitlane',
  'workshop',
  'garage',
  // Polish and Danish favourites.
  'haslo',
  'mojehaslo',
  'kochamcie',
  'kochanie',
  'polska',
  'warszawa',
  'krakow',
  'dupa',
  'misiek',
  'zaq1xsw2',
  'kodeord',
  'adgangskode',
  'hemmelig',
  'danmark',
  'sommer',
  'vinter',
  'kaerlighed',
  'hejmeddig',
  'kobenhavn',
  'warsztat',
  'vaerksted',
  'samochod',
];
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qwertzuiop', 'yxcvbnm', 'azertyuiop'];
const LEET: Readonly<Record<string, string>> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  '5': 's',
  $: 's',
  '7': 't',
};

/** How strong `password` is; `personalWords` are the e-mail, name and workshop name entered. */
export function passwordStrength(password: string, personalWords: readonly string[] = []): PasswordStrength {
  const length = [...password].length;
  if (length === 0) return { verdict: 'empty', score: 0, longEnough: false };
  if (length > MAX_PASSWORD_LENGTH) return { verdict: 'too-long', score: 1, longEnough: false };
  if (length < MIN_PASSWORD_LENGTH) return { verdict: 'too-short', score: 1, longEnough: false };
  const bits = estimateBits(password, personalTokens(personalWords));
  if (bits < GUESSABLE_BELOW_BITS) return { verdict: 'guessable', score: 1, longEnough: true };
  if (bits < STRONG_FROM_BITS) return { verdict: 'fair', score: 3, longEnough: true };
  return { verdict: 'strong', score: 4, longEnough: true };
}

/** Words of the person's own details, as the API splits them (letters and digits, 3 or more). */
function personalTokens(words: readonly string[]): string[] {
  return words
    .flatMap((word) => word.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length > 2)
    .map(plain);
}

/** Lower case without diacritics, so "Łódź" and "lodz" are the same word. */
function plain(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').toLowerCase();
}

/**
 * Walks the password, taking at each place the longest known pattern (a common or personal
 * word, a keyboard run, a sequence, a repeat of what came before) at a few bits, and any other
 * character at the bits of its character class.
 */
function estimateBits(password: string, personal: readonly string[]): number {
  const chars = [...plain(password)];
  const original = [...password];
  const unleet = chars.map((char) => LEET[char] ?? char).join('');
  const text = chars.join('');
  let bits = 0;
  let at = 0;
  while (at < chars.length) {
    const found = longestPattern(text, unleet, at, personal);
    if (found) {
      const segment = original.slice(at, at + found.length);
      bits += found.bits + (segment.some((char) => char !== char.toLowerCase()) ? 1 : 0);
      at += found.length;
    } else {
      bits += classBits(original[at] ?? '');
      at += 1;
    }
  }
  return bits;
}

interface Pattern {
  readonly length: number;
  readonly bits: number;
}

function longestPattern(text: string, unleet: string, at: number, personal: readonly string[]): Pattern | undefined {
  const candidates: Pattern[] = [];
  for (const word of personal) {
    if (text.startsWith(word, at) || unleet.startsWith(word, at)) candidates.push({ length: word.length, bits: 6 });
  }
  for (const word of COMMON) {
    if (word.length < 3) continue;
    if (text.startsWith(word, at)) candidates.push({ length: word.length, bits: 11 });
    else if (unleet.startsWith(word, at)) candidates.push({ length: word.length, bits: 12 });
  }
  const run = runLength(text, at);
  if (run >= 3) candidates.push({ length: run, bits: 5 + Math.log2(run) });
  const keyboard = keyboardRunLength(text, at);
  if (keyboard >= 4) candidates.push({ length: keyboard, bits: 4 + Math.log2(keyboard) });
  const repeat = repeatOfEarlier(text, at);
  if (repeat >= 3) candidates.push({ length: repeat, bits: 3 });
  return candidates.reduce<Pattern | undefined>(
    (best, candidate) => (!best || candidate.length > best.length ? candidate : best),
    undefined,
  );
}

/** "aaaa", "abcd", "4321": the same character, or one step up or down each time. */
function runLength(text: string, at: number): number {
  const first = text.codePointAt(at);
  const second = text.codePointAt(at + 1);
  if (first === undefined || second === undefined) return 1;
  const step = second - first;
  if (Math.abs(step) > 1) return 1;
  let length = 2;
  while (at + length < text.length && text.charCodeAt(at + length) - text.charCodeAt(at + length - 1) === step) {
    length += 1;
  }
  return length;
}

/** Neighbouring keys of one keyboard row, either way: "qwerty", "lkjh", "7890". */
function keyboardRunLength(text: string, at: number): number {
  let best = 0;
  for (const row of KEYBOARD_ROWS) {
    for (const line of [row, [...row].reverse().join('')]) {
      let length = 0;
      const position = line.indexOf(text[at] ?? '');
      while (position >= 0 && position + length < line.length && text[at + length] === line[position + length]) {
        length += 1;
      }
      best = Math.max(best, length);
    }
  }
  return best;
}

/** The longest stretch at `at` that already appeared earlier: "abcabc" repeats its first half. */
function repeatOfEarlier(text: string, at: number): number {
  const before = text.slice(0, at);
  let length = 0;
  while (at + length < text.length && before.includes(text.slice(at, at + length + 1))) length += 1;
  return length;
}

function classBits(char: string): number {
  if (/\d/.test(char)) return Math.log2(10);
  if (/[a-z]/.test(char)) return Math.log2(26);
  if (/[A-Z]/.test(char)) return Math.log2(26) + 0.5;
  if (/[\x20-\x7e]/.test(char)) return Math.log2(33);
  return Math.log2(100);
}
