import { newProjectSchema } from './create';

describe('new project', () => {
  it('accepts only well-formed address names, as the database does', () => {
    const base = { programme_id: 'p', growth_area_id: '', name: 'X', published: false };
    expect(newProjectSchema.safeParse({ ...base, slug: 'ok-slug-2' }).success).toBe(true);
    expect(newProjectSchema.safeParse({ ...base, slug: 'Bad Slug' }).success).toBe(false);
    expect(newProjectSchema.safeParse({ ...base, slug: 'trailing-' }).success).toBe(false);
  });
});
