import { describe, expect, it } from 'vitest';
import { call, startFake } from '../helpers.js';

describe('configuration (§11)', () => {
  it('lists sources and pages source values with offset/limit/totalFound', async () => {
    const fake = await startFake();
    const sources = await call(fake, 'GET', '/configuration/sources');
    expect(sources.body.content.map((s: { id: string }) => s.id)).toContain('API');
    const boards = sources.body.content.find((s: { id: string }) => s.id === 'JOB_BOARDS');
    expect(boards.subtypes).toEqual([
      { id: 'PAID', label: 'Paid' },
      { id: 'FREE', label: 'Free' },
    ]);
    const total = [...fake.state.sourceValues.values()].filter((v) => v.typeId === 'JOB_BOARDS').length;
    const seen: string[] = [];
    for (let offset = 0; offset < total; offset += 5) {
      const r = await call(fake, 'GET', `/configuration/sources/JOB_BOARDS/values?limit=5&offset=${offset}`);
      expect(r.body).toMatchObject({ totalFound: total, limit: 5, offset });
      seen.push(...r.body.content.map((v: { id: string }) => v.id));
    }
    expect(new Set(seen).size).toBe(total);
    const free = await call(
      fake,
      'GET',
      '/configuration/sources/JOB_BOARDS/values?sourceSubType=FREE&limit=100',
    );
    expect(
      free.body.content.every((v: { sourceSubType: { id: string } }) => v.sourceSubType.id === 'FREE'),
    ).toBe(true);
    expect((await call(fake, 'GET', '/configuration/sources/NOPE/values')).status).toBe(404);
  });

  it('serves reasons, hiring processes, departments and company', async () => {
    const fake = await startFake({ rateLimits: false });
    for (const path of [
      '/configuration/rejection-reasons',
      '/configuration/withdrawal-reasons',
      '/configuration/departments',
    ]) {
      const r = await call(fake, 'GET', path);
      expect(r.body.totalFound).toBe(r.body.content.length);
      expect(r.body.content[0]).toMatchObject({ id: expect.any(String), label: expect.any(String) });
    }
    const processes = await call(fake, 'GET', '/configuration/hiring-processes');
    expect(processes.body.content[0].subStatuses.INTERVIEW.length).toBeGreaterThan(0);
    expect(
      (await call(fake, 'GET', `/configuration/hiring-processes/${processes.body.content[0].id}`)).body.name,
    ).toBe(processes.body.content[0].name);
    const company = await call(fake, 'GET', '/configuration/company');
    expect(company.body).toMatchObject({ identifier: expect.any(String), name: expect.any(String) });
    const dept = await call(fake, 'POST', '/configuration/departments', { json: { label: 'Legal' } });
    expect(dept.status).toBe(201);
    expect((await call(fake, 'GET', `/configuration/departments/${dept.body.id}`)).body.label).toBe('Legal');
  });

  it('describes candidate properties of every type and job properties with values', async () => {
    const fake = await startFake();
    const props = await call(fake, 'GET', '/configuration/candidate-properties');
    const types = new Set(props.body.content.map((p: { type: string }) => p.type));
    expect(types.size).toBe(10);
    const select = props.body.content.find((p: { type: string }) => p.type === 'SINGLE_SELECT');
    const values = await call(fake, 'GET', select.actions.values.url.slice(fake.url.length));
    expect(values.body.content.length).toBeGreaterThan(1);
    const jobProps = await call(fake, 'GET', '/configuration/job-properties');
    expect(jobProps.body.content[0]).toMatchObject({
      category: expect.stringMatching(/job|organization/),
      active: true,
    });
    const jobValues = await call(
      fake,
      'GET',
      `/configuration/job-properties/${jobProps.body.content[0].id}/values`,
    );
    expect(jobValues.body.content[0]).toMatchObject({
      id: expect.any(String),
      archived: expect.any(Boolean),
    });
  });
});
