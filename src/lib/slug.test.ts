import { slugify } from './slug';

describe('slugify', () => {
  it('makes an address name from the project name', () => {
    expect(slugify('Rakentamisen kiertotalouden kokeiluympäristöt')).toBe(
      'rakentamisen-kiertotalouden-kokeiluymparistot',
    );
    expect(slugify('  Hävikkiruoan kiertoalusta!  ')).toBe('havikkiruoan-kiertoalusta');
    expect(slugify('Åbo & Helsingfors')).toBe('abo-helsingfors');
  });
});
