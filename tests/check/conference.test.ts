/**
 * What a conference date implies: the years it reviews and plans, and the kind of meeting.
 */
import { describe, expect, it } from 'vitest';
import { inferYears } from '../../src/lib/check/conference.ts';

describe('inferYears', () => {
  it.each([
    ['2024-12-26', { reportYear: 2024, planYear: 2025, eventKind: 'year-end', guessed: false }],
    ['2021-01-08', { reportYear: 2020, planYear: 2021, eventKind: 'year-end', guessed: false }],
    ['2022-07-15', { reportYear: 2022, planYear: 2022, eventKind: 'mid-year', guessed: true }],
    ['2022-10-01', { reportYear: 2022, planYear: 2023, eventKind: 'year-end', guessed: false }],
    ['2022-04-20', { reportYear: 2022, planYear: 2022, eventKind: 'other', guessed: true }],
  ])('infers the years of a conference on %s', (date, years) => expect(inferYears(date)).toEqual(years));
});
