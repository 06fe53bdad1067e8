'use strict';
// Vehicle identification numbers as ISO 3779 builds them: maker (WMI), vehicle descriptor, check
// digit, model year, plant, serial. The check digit is computed even where Europe leaves it out,
// so every demo VIN passes the API's check (libs/crypto/src/validation/vin.ts).

const TRANSLITERATION = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
// Model-year letters repeat every 30 years; I, O, Q, U, Z and 0 are never used.
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';

function modelYearCode(year) {
  return YEAR_CODES[(((year - 1980) % 30) + 30) % 30];
}

function checkDigit(vin) {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    const char = vin[index];
    const value = /[0-9]/.test(char) ? Number(char) : TRANSLITERATION[char];
    if (value === undefined) throw new Error(`"${char}" cannot appear in a VIN`);
    sum += value * WEIGHTS[index];
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

/**
 * @param {string} maker the WMI and vehicle descriptor, positions 1-8 (e.g. "WVWZZZAU")
 * @param {number} year model year
 * @param {string} plant one character
 * @param {number} serial up to six digits
 */
function buildVin(maker, year, plant, serial) {
  if (maker.length !== 8) throw new Error(`a VIN's maker and descriptor are 8 characters, not "${maker}"`);
  const draft = `${maker}0${modelYearCode(year)}${plant}${String(serial).padStart(6, '0')}`;
  return `${draft.slice(0, 8)}${checkDigit(draft)}${draft.slice(9)}`;
}

module.exports = { buildVin, checkDigit };
