import { splitPieces } from '@/lib/summary/sentences';

const texts = (text: string) => splitPieces(text).map((piece) => text.slice(piece.start, piece.end));

describe('splitPieces', () => {
  it('splits sentences, and keeps abbreviations and lower-case continuations inside them', () => {
    expect(texts('We ship daily. You own it! Based in Washington D.C., e.g. Python. Really? yes.')).toEqual([
      'We ship daily.',
      'You own it!',
      'Based in Washington D.C., e.g. Python.',
      'Really? yes.',
    ]);
  });

  it('makes each line a piece, without its bullet, and marks short lines that may be headings', () => {
    const text = 'What you will do:\n\n• Build pipelines in Python.\n- Own the warehouse\n🗂 Support & Efficiency';
    expect(texts(text)).toEqual([
      'What you will do:',
      'Build pipelines in Python.',
      'Own the warehouse',
      'Support & Efficiency',
    ]);
    expect(splitPieces(text).map((piece) => piece.short)).toEqual([true, false, true, true]);
    expect(splitPieces(text).map((piece) => piece.line)).toEqual([0, 2, 3, 4]);
  });

  it('splits CJK sentences and gives nothing for empty text', () => {
    expect(texts('私たちは物流を作ります。あなたはPythonを使います。')).toEqual([
      '私たちは物流を作ります。',
      'あなたはPythonを使います。',
    ]);
    expect(splitPieces('')).toEqual([]);
    expect(splitPieces(' \n \n')).toEqual([]);
  });
});
