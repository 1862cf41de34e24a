import { newProjectSchema, slugify } from './create';

describe('new project', () => {
  it('makes an address name from the project name', () => {
    expect(slugify('Rakentamisen kiertotalouden kokeiluympäristöt')).toBe(
      'rakentamisen-kiertotalouden-kokeiluymparistot',
    );
    expect(slugify('  Hävikkiruoan kiertoalusta!  ')).toBe('havikkiruoan-kiertoalusta');
    expect(slugify('Åbo & Helsingfors')).toBe('abo-helsingfors');
  });

  it('accepts only well-formed address names, as the database does', () => {
    const base = { programme_id: 'p', growth_area_id: '', name: 'X', published: false };
    expect(newProjectSchema.safeParse({ ...base, slug: 'ok-slug-2' }).success).toBe(true);
    expect(newProjectSchema.safeParse({ ...base, slug: 'Bad Slug' }).success).toBe(false);
    expect(newProjectSchema.safeParse({ ...base, slug: 'trailing-' }).success).toBe(false);
  });
});
