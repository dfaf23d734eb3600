import { expect } from '@open-wc/testing';
import { typedCharacter } from '../../src/grid/edit-start.js';

function key(init: KeyboardEventInit): KeyboardEvent {
  return new KeyboardEvent('keydown', init);
}

describe('typed keys (pure helper)', () => {
  it('typedCharacter: printable characters start editing; grid keys, chords and named keys do not', () => {
    expect(typedCharacter(key({ key: 'a' }))).to.equal('a');
    expect(typedCharacter(key({ key: 'Ä', shiftKey: true }))).to.equal('Ä');
    expect(typedCharacter(key({ key: '7' }))).to.equal('7');
    expect(typedCharacter(key({ key: '😀' }))).to.equal('😀');
    for (const k of [' ', '+', '-', 'Enter', 'F2', 'ArrowUp', 'Dead', 'Unidentified', 'Tab', '\u007f', ''])
      expect(typedCharacter(key({ key: k })), JSON.stringify(k)).to.equal(undefined);
    expect(typedCharacter(key({ key: 'z', ctrlKey: true }))).to.equal(undefined);
    expect(typedCharacter(key({ key: 'c', metaKey: true }))).to.equal(undefined);
    expect(typedCharacter(key({ key: 'x', altKey: true }))).to.equal(undefined);
    expect(typedCharacter(key({ key: 'k', isComposing: true }))).to.equal(undefined);
  });
});
