import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { highlight } from '../content/search';
import { Highlighted } from './Highlighted';

const marks = (container: HTMLElement) => [...container.querySelectorAll('mark')].map((m) => m.textContent);

describe('Highlighted', () => {
  it('shows the text unchanged and without marks when there is no query', () => {
    const { container } = render(<Highlighted text="Støtte til Ukraine" query="   " />);
    expect(container.textContent).toBe('Støtte til Ukraine');
    expect(container.querySelector('mark')).toBeNull();
  });

  it('marks the start of every word that matches a query term, keeping the whole text', () => {
    const text = 'Danmark vil styrke NATO og støtte NATO-partnere';
    const { container } = render(<Highlighted text={text} query="nato" />);
    expect(container.textContent).toBe(text);
    expect(marks(container)).toEqual(['NATO', 'NATO']);
  });

  it('folds Danish letters: the query "stoe" marks "Stø" in "Støtte"', () => {
    const { container } = render(<Highlighted text="Støtte til Ukraine" query="stoe" />);
    expect(marks(container)).toEqual(['Stø']);
    expect(container.textContent).toBe('Støtte til Ukraine');
  });

  it('marks exactly the parts the search module reports as matching', () => {
    const text = 'Sanktioner mod Rusland og sanktionspakker i EU';
    const { container } = render(<Highlighted text={text} query="sankt rus" />);
    const expected = highlight(text, 'sankt rus')
      .filter((p) => p.match)
      .map((p) => p.text);
    expect(expected.length).toBeGreaterThan(0);
    expect(marks(container)).toEqual(expected);
  });

  it('renders markup in the text as text, never as HTML', () => {
    const { container } = render(<Highlighted text={'<img src=x onerror="alert(1)"> NATO'} query="nato" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"> NATO');
    expect(marks(container)).toEqual(['NATO']);
  });
});
