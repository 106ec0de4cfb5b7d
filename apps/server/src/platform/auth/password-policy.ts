import { PASSWORD_MIN_LENGTH, weakPasswordHints, type WeakPasswordReason } from '@vte/contracts';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { AppError } from '../http/app-error';
import { generatePassword } from './password';

/** The least zxcvbn score accepted: 3 = "safely unguessable" (about 10^8 guesses and more). */
const MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;
// Built on first use: the dictionaries take ~100 ms to load and most processes never need them.
async function zxcvbn(): Promise<ZxcvbnFactory> {
  if (!checker) {
    const [{ ZxcvbnFactory }, common] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
    ]);
    checker = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  }
  return checker;
}

const PATTERN_WARNINGS = new Set([
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
]);
const COMMON_WARNINGS = new Set([
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'pwned',
]);

/** Personal details the password must not lean on: username, full name (and its words), e-mail. */
function userInputs(personal: readonly (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const raw of personal) {
    if (!raw) continue;
    const value = raw.normalize('NFC').toLowerCase();
    out.add(value);
    // Also without diacritics and word by word: "Nguyễn Văn An" → "nguyen", "van", "an", "nguyenvanan".
    const plain = value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    const words = plain.split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
    for (const w of words) out.add(w);
    out.add(words.join(''));
    out.add(plain.split('@')[0]!);
  }
  return [...out].filter((v) => v.length >= 3);
}

/**
 * Why a password is too weak, or null when it is fine: length, then the zxcvbn estimate with the
 * user's own details counted as known words.
 */
export async function weakPasswordReason(
  plain: string,
  personal: readonly (string | null | undefined)[],
): Promise<WeakPasswordReason | null> {
  if (plain.length < PASSWORD_MIN_LENGTH) return 'too_short';
  // Only the first 64 characters are rated: the estimate grows steeply with length (200 characters
  // cost ~0.3 s of CPU on the event loop) and 64 characters that pass the policy are strong anyway.
  const result = (await zxcvbn()).check(plain.slice(0, 64), userInputs(personal));
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning ?? '';
  if (warning === 'userInputs') return 'personal';
  if (COMMON_WARNINGS.has(warning)) return 'common';
  if (PATTERN_WARNINGS.has(warning)) return 'pattern';
  return 'guessable';
}

/** Refuses a weak password with AUTH_WEAK_PASSWORD and the reason's Vietnamese hint. */
export async function assertStrongPassword(
  plain: string,
  personal: readonly (string | null | undefined)[],
): Promise<void> {
  const reason = await weakPasswordReason(plain, personal);
  if (reason) throw new AppError('AUTH_WEAK_PASSWORD', { reason, hint: weakPasswordHints[reason] });
}

/** A one-time password that passes the policy (14 random characters nearly always do at once). */
export async function generateStrongPassword(): Promise<string> {
  for (;;) {
    const candidate = generatePassword();
    if ((await weakPasswordReason(candidate, [])) === null) return candidate;
  }
}
