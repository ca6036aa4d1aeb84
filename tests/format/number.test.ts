import { describe, expect, it } from 'vitest';
import {
  displayScaleFor,
  formatAmount,
  formatChangeWords,
  formatPercent,
  formatQualifiedAmount,
  formatSignedPercent,
} from '../../src/lib/format/number.ts';

describe('formatAmount', () => {
  it('writes money in tỷ with a decimal comma in Vietnamese', () => {
    expect(formatAmount(101_000_000_000, 'VND', 'vi')).toBe('101 tỷ đồng');
    expect(formatAmount(73_598_000_000, 'VND', 'vi')).toBe('73,598 tỷ đồng');
    expect(formatAmount(552_600_000_000, 'VND', 'vi')).toBe('552,6 tỷ đồng');
  });

  it('keeps tỷ above a trillion in Vietnamese, with a dot for thousands', () => {
    expect(formatAmount(2_200_000_000_000, 'VND', 'vi')).toBe('2.200 tỷ đồng');
  });

  it('writes VND first and billion or trillion in English', () => {
    expect(formatAmount(101_000_000_000, 'VND', 'en')).toBe('VND 101 billion');
    expect(formatAmount(73_598_000_000, 'VND', 'en')).toBe('VND 73.598 billion');
    expect(formatAmount(2_200_000_000_000, 'VND', 'en')).toBe('VND 2.2 trillion');
  });

  it('uses triệu / million for wages, with the per-person unit', () => {
    expect(formatAmount(8_800_000, 'VND/person/month', 'vi')).toBe('8,8 triệu đồng/người/tháng');
    expect(formatAmount(169_000_000, 'VND/person/year', 'vi')).toBe('169 triệu đồng/người/năm');
    expect(formatAmount(8_800_000, 'VND/person/month', 'en')).toBe('VND 8.8 million/person/month');
  });

  it('groups counts by the locale and adds units for ratios', () => {
    expect(formatAmount(80_000, 'count', 'vi')).toBe('80.000');
    expect(formatAmount(80_000, 'count', 'en')).toBe('80,000');
    expect(formatAmount(3.47, 'km/point', 'vi')).toBe('3,47 km/điểm');
    expect(formatAmount(5353, 'people/point', 'en')).toBe('5,353 people/point');
  });

  it('names what a count counts, from the metric catalogue, in both languages', () => {
    expect(formatAmount(80_000, 'count', 'vi', { metric: 'admin_dossiers' })).toBe('80.000 hồ sơ');
    expect(formatAmount(80_000, 'count', 'en', { metric: 'admin_dossiers' })).toBe('80,000 dossiers');
    expect(formatAmount(45_000, 'count', 'vi', { metric: 'payout_beneficiaries' })).toBe('45.000 lượt người');
    expect(formatAmount(45_000, 'count', 'en', { metric: 'payout_beneficiaries' })).toBe('45,000 payments');
    expect(formatAmount(276, 'count', 'en', { metric: 'service_points' })).toBe('276 service points');
    expect(formatAmount(1, 'count', 'en', { metric: 'payment_accounts' })).toBe('1 account');
  });

  it('writes small money amounts in full', () => {
    expect(formatAmount(500_000, 'VND', 'vi')).toBe('500.000 đồng');
    expect(formatAmount(500_000, 'VND', 'en')).toBe('VND 500,000');
  });

  it('keeps the sign of a loss', () => {
    expect(formatAmount(-3_000_000_000, 'VND', 'vi')).toBe('-3 tỷ đồng');
  });
});

describe('rounded amounts (cards)', () => {
  it('keep three significant figures and every digit of the whole part', () => {
    expect(formatAmount(133_643_000_000, 'VND', 'vi', { rounded: true })).toBe('134 tỷ đồng');
    expect(formatAmount(73_598_000_000, 'VND', 'vi', { rounded: true })).toBe('73,6 tỷ đồng');
    expect(formatAmount(73_598_000_000, 'VND', 'en', { rounded: true })).toBe('VND 73.6 billion');
    expect(formatAmount(2_234_500_000_000, 'VND', 'vi', { rounded: true })).toBe('2.235 tỷ đồng');
    expect(formatAmount(12_180_000, 'VND/person/month', 'en', { rounded: true })).toBe('VND 12.2 million/person/month');
  });

  it('leave the exact value to the article page', () => {
    expect(formatAmount(133_643_000_000, 'VND', 'vi')).toBe('133,643 tỷ đồng');
  });

  it('round so that the hedge stays true', () => {
    // "trên 133,643 tỷ" rounded up to "trên 134 tỷ" would claim more than the article did.
    expect(formatQualifiedAmount(133_643_000_000, 'VND', 'over', 'vi', { rounded: true })).toBe('trên 133 tỷ đồng');
    expect(formatQualifiedAmount(133_243_000_000, 'VND', 'under', 'en', { rounded: true })).toBe(
      'under VND 134 billion',
    );
    expect(formatQualifiedAmount(-2_345_000_000, 'VND', 'over', 'vi', { rounded: true })).toBe('trên -2,34 tỷ đồng');
  });

  it('leave whole numbers and small amounts alone', () => {
    expect(formatAmount(101_000_000_000, 'VND', 'vi', { rounded: true })).toBe('101 tỷ đồng');
    expect(formatAmount(500_123, 'VND', 'en', { rounded: true })).toBe('VND 500,123');
  });
});

describe('formatQualifiedAmount', () => {
  it('puts the hedge word before the amount', () => {
    expect(formatQualifiedAmount(101_000_000_000, 'VND', 'over', 'vi')).toBe('trên 101 tỷ đồng');
    expect(formatQualifiedAmount(101_000_000_000, 'VND', 'over', 'en')).toBe('over VND 101 billion');
    expect(formatQualifiedAmount(80_000, 'count', 'nearly', 'vi')).toBe('gần 80.000');
    expect(formatQualifiedAmount(80_000, 'count', 'nearly', 'vi', { metric: 'admin_dossiers' })).toBe(
      'gần 80.000 hồ sơ',
    );
    expect(formatQualifiedAmount(80_000, 'count', 'nearly', 'en', { metric: 'admin_dossiers' })).toBe(
      'nearly 80,000 dossiers',
    );
    expect(formatQualifiedAmount(232_000_000_000, 'VND', 'nearly', 'en')).toBe('nearly VND 232 billion');
  });

  it('adds nothing for an exact figure', () => {
    expect(formatQualifiedAmount(8_800_000, 'VND/person/month', 'exact', 'vi')).toBe('8,8 triệu đồng/người/tháng');
  });
});

describe('percentages', () => {
  it('formats plan percentages with the locale decimal mark', () => {
    expect(formatPercent(107.5, 'vi')).toBe('107,5%');
    expect(formatPercent(107.5, 'en')).toBe('107.5%');
    expect(formatPercent(101, 'vi', 'over')).toBe('trên 101%');
  });

  it('signs changes with a true minus', () => {
    expect(formatSignedPercent(21, 'vi')).toBe('+21%');
    expect(formatSignedPercent(-3, 'en')).toBe('\u22123%');
    expect(formatSignedPercent(28.5, 'vi')).toBe('+28,5%');
  });

  it('says a change in words', () => {
    expect(formatChangeWords(21, 'vi')).toBe('tăng 21%');
    expect(formatChangeWords(-3, 'vi', 'nearly')).toBe('giảm gần 3%');
    expect(formatChangeWords(-1, 'en')).toBe('down 1%');
    expect(formatChangeWords(0, 'en')).toBe('unchanged');
  });
});

describe('displayScaleFor', () => {
  it('puts a money series in billions when its largest value is', () => {
    expect(displayScaleFor([73_598_000_000, 2_200_000_000_000], 'VND', 'vi')).toEqual({
      divisor: 1e9,
      label: 'tỷ đồng',
    });
    expect(displayScaleFor([287e9], 'VND', 'en')).toEqual({ divisor: 1e9, label: 'VND billion' });
  });

  it('puts wages in millions with their unit', () => {
    expect(displayScaleFor([8_800_000, 10_700_000], 'VND/person/month', 'vi')).toEqual({
      divisor: 1e6,
      label: 'triệu đồng/người/tháng',
    });
  });

  it('leaves counts alone', () => {
    expect(displayScaleFor([195, 225], 'count', 'en')).toEqual({ divisor: 1, label: '' });
  });

  it('titles a count axis with what the metric counts', () => {
    expect(displayScaleFor([195, 225], 'count', 'vi', 'delivery_routes')).toEqual({ divisor: 1, label: 'tuyến phát' });
    expect(displayScaleFor([195, 225], 'count', 'en', 'delivery_routes')).toEqual({ divisor: 1, label: 'routes' });
  });
});
