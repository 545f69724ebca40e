import { describe, expect, it } from 'vitest';
import { CELLS, FUNCTIONS, PERSPECTIVES, TAGS, cellIdOf } from '@/src/model/model';

describe('the 24/7 model as data', () => {
  it('is a 2×4 grid: brand row above user row, functions left to right, one tag a cell', () => {
    expect(CELLS.map((cell) => cell.id)).toEqual(PERSPECTIVES.flatMap((p) => FUNCTIONS.map((f) => `${p}-${f}`)));
    expect(CELLS.map((cell) => cell.tag)).toEqual([
      'broadcast',
      'experience',
      'co-creation',
      'promotion',
      'webcare',
      'experience',
      'service',
      'commerce',
    ]);
  });
  it('puts every tag in a cell, experience by perspective, unknown in none', () => {
    for (const tag of TAGS) expect(cellIdOf(tag, 'brand')).not.toBeNull();
    expect(cellIdOf('experience', 'user')).toBe('user-experience');
    expect(cellIdOf('unknown', null)).toBeNull();
  });
  it('gives every cell names, an explanation, an owner and KPI hints in English and Dutch', () => {
    for (const cell of CELLS) {
      for (const lang of ['en', 'nl'] as const) {
        expect(cell.name[lang]).toBeTruthy();
        expect(cell.explanation[lang]).toBeTruthy();
        expect(cell.owner[lang]).toBeTruthy();
        for (const kpi of cell.kpis) expect(kpi[lang]).toBeTruthy();
      }
      expect(cell.kpis.length).toBeGreaterThanOrEqual(2);
      expect(cell.kpis.length).toBeLessThanOrEqual(3);
    }
  });
});
