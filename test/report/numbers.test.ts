import { digitsToTellApart, hoverNumber, hoverSigned, roundedNumber } from '../../src/report/numbers.js';

describe('numbers in the Markdown tables', () => {
  test('four significant digits, trailing zeros dropped', () => {
    expect(roundedNumber(0.93612345)).toBe('0.9361');
    expect(roundedNumber(71.2345)).toBe('71.23');
    expect(roundedNumber(0.0481928)).toBe('0.04819');
    expect(roundedNumber(0.5)).toBe('0.5');
    expect(roundedNumber(-0.0342734)).toBe('-0.03427');
  });

  test('whole numbers whole, and a missing value a dash', () => {
    expect(roundedNumber(12000)).toBe('12000');
    expect(roundedNumber(0)).toBe('0');
    expect(roundedNumber(null)).toBe('—');
    expect(roundedNumber(undefined)).toBe('—');
  });

  test('a fraction is never shown as a whole number', () => {
    expect(roundedNumber(0.99996)).toBe('0.99996');
    expect(roundedNumber(1.00004)).toBe('1.00004');
    expect(roundedNumber(12345.67)).toBe('12345.7');
    expect(roundedNumber(-0.99999)).toBe('-0.99999');
  });

  test('p-values and other very small or large numbers in exponent form', () => {
    expect(roundedNumber(1.2366e-19)).toBe('1.237e-19');
    expect(roundedNumber(6.891e-5)).toBe('6.891e-5');
    expect(roundedNumber(2e-5 + 1e-21)).toBe('2e-5');
    expect(roundedNumber(1.23456e12 + 0.5)).toBe('1.235e+12');
  });

  test('the exact value on hover, only when rounding changed it', () => {
    expect(hoverNumber(0.93612345)).toBe('<span title="0.93612345">0.9361</span>');
    expect(hoverNumber(0.936)).toBe('0.936');
    expect(hoverNumber(12000)).toBe('12000');
    expect(hoverNumber(0.6000000000000001)).toBe('0.6');
    expect(hoverNumber(1 / 3)).toBe('<span title="0.333333333333333">0.3333</span>');
    expect(hoverNumber(null)).toBe('—');
    expect(hoverSigned(0.0040001)).toBe('+<span title="0.0040001">0.004</span>');
    expect(hoverSigned(-0.036)).toBe('-0.036');
  });

  test('a value and its threshold get the digits it takes to tell them apart', () => {
    expect(digitsToTellApart(0.94, 0.926)).toBe(4);
    expect(digitsToTellApart(0.89996, 0.9)).toBe(5);
    expect(digitsToTellApart(0.8999999, 0.9)).toBe(7);
    expect(digitsToTellApart(0.9, 0.9)).toBe(4);
    expect(digitsToTellApart(null, 0.9)).toBe(4);
    // equal to the gates, which compare 15 significant digits
    expect(digitsToTellApart(0.7999999999999999, 0.8)).toBe(4);
  });
});
