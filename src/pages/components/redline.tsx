/**
 * A redline as lawyers print it: unit by unit, deleted words struck through (`<del>`), inserted
 * words underlined (`<ins>`), each announced to screen readers in the page's language. The words
 * are the two versions' own; nothing is added to them but the marks.
 */
import type { Piece, UnitChange } from '../../compute/redline.js';
import type { Lang } from '../../schema/provision.js';
import { ui } from './i18n.js';

const Marked = ({ piece, lang }: { piece: Piece; lang: Lang }) => {
  if (piece.op === 'same') return <>{piece.value}</>;
  const t = ui(lang);
  return piece.op === 'del' ? (
    <del>
      <span class="visually-hidden">[{t.del}] </span>
      {piece.value}
    </del>
  ) : (
    <ins>
      <span class="visually-hidden">[{t.ins}] </span>
      {piece.value}
    </ins>
  );
};

const Label = ({ change }: { change: UnitChange }) => {
  if (!change.label) return null;
  if (change.status === 'added') return <ins class="label">{change.label}</ins>;
  if (change.status === 'removed') return <del class="label">{change.label}</del>;
  if (change.old_label) {
    return (
      <span class="label">
        <del>{change.old_label}</del>
        <ins>{change.label}</ins>
      </span>
    );
  }
  return <span class="label">{change.label}</span>;
};

/** The units of a redline; `lang` is the statute text's language. */
export const Redline = ({ changes, lang, id }: { changes: readonly UnitChange[]; lang: Lang; id?: string }) => (
  <div class="statute redline" lang={lang} id={id}>
    {changes.map((c) => (
      <div class={`rl rl-${c.status} depth-${Math.min(c.depth, 5)}`}>
        <Label change={c} /> {c.pieces.map((piece) => <Marked piece={piece} lang={lang} />)}
      </div>
    ))}
  </div>
);
