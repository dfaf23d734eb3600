import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps } from '../../src/base/style-props.js';

describe('styleProps', () => {
  let host: HTMLElement;
  let attributeWrites: string[];
  const setAttribute = Element.prototype.setAttribute;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    attributeWrites = [];
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name === 'style') attributeWrites.push(value);
      setAttribute.call(this, name, value);
    };
  });
  afterEach(() => {
    Element.prototype.setAttribute = setAttribute;
    host.remove();
  });

  const box = () => host.querySelector('div') as HTMLDivElement;

  it('sets properties through the CSSOM, never through the style attribute', () => {
    render(
      html`<div ${styleProps({ height: '4px', gridTemplateColumns: '1fr 2fr', '--_color': 'red' })}></div>`,
      host,
    );
    expect(box().style.height).to.equal('4px');
    expect(box().style.gridTemplateColumns).to.equal('1fr 2fr');
    expect(box().style.getPropertyValue('--_color')).to.equal('red');
    expect(attributeWrites).to.deep.equal([]);
  });

  it('removes properties that are gone or empty on the next render', () => {
    const view = (props: Record<string, string | undefined>) => html`<div ${styleProps(props)}></div>`;
    render(view({ height: '4px', width: '9px' }), host);
    render(view({ height: '6px', width: undefined }), host);
    expect(box().style.height).to.equal('6px');
    expect(box().style.width).to.equal('');
    expect(attributeWrites).to.deep.equal([]);
  });

  it('refuses to be used outside an element binding', () => {
    expect(() => render(html`<div title=${styleProps({ height: '1px' })}></div>`, host)).to.throw(
      /element binding/,
    );
  });
});
