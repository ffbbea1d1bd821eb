import { describe, expect, it } from 'vitest';
import { analysis, of } from './corpus.js';

describe('references on the real corpus', () => {
  it('resolves every ATIPSOM-internal reference (unresolved ones would be listed with a reason)', () => {
    const internal = [...analysis.provisions.values()]
      .filter((a) => a.id.startsWith('atipsom-'))
      .flatMap((a) => a.refs_out.filter((r) => r.target.act === 'atipsom').map((r) => ({ from: a.id, ...r })));
    expect(internal.length).toBeGreaterThan(100);
    const unresolved = internal.filter((r) => r.status !== 'resolved');
    expect(unresolved.map((r) => `${r.from}: ${r.words} (${r.reason})`)).toEqual([]);
  });

  it('lists every unresolved reference in the report with a reason', () => {
    for (const u of analysis.report.references.unresolved) expect(u.reason).not.toBe('');
  });

  it('resolves "section 12, 13 or 14" to three sections, and computes incoming references', () => {
    const ids = of('atipsom-s16').refs_out.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['atipsom-s12', 'atipsom-s13', 'atipsom-s14']));
    expect(of('atipsom-s14').refs_in.map((r) => r.from)).toContain('atipsom-s16');
  });

  it('keeps references into Acts we do not hold as external (Act + section)', () => {
    const imm = of('atipsom-s2-immigration-officer').refs_out.find((r) => r.target.act === 'immigration-act');
    expect(imm).toMatchObject({ status: 'external', kind: 'act', target: { act_number: '155' } });
    const evidence = of('atipsom-s35', 'ms').refs_out.filter((r) => r.target.act_name === 'Akta Keterangan 1950');
    expect(evidence.map((r) => r.target.section)).toEqual(expect.arrayContaining(['27', '32']));
    expect(evidence.every((r) => r.status === 'external')).toBe(true);
  });

  it('reads Malay references: seksyen, subseksyen, Akta ini', () => {
    const ms = of('atipsom-s16', 'ms').refs_out;
    expect(ms.filter((r) => r.kind === 'section').map((r) => r.id)).toEqual(['atipsom-s12', 'atipsom-s13', 'atipsom-s14']);
    const s45 = of('atipsom-s45', 'ms').refs_out;
    expect(s45.some((r) => r.id === 'atipsom-s44' && r.target.pinpoint === '(1)')).toBe(true);
  });
});
