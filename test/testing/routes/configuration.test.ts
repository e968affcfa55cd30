import { describe, expect, it } from 'vitest';
import { call, errorCode, startFake } from '../helpers.js';

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

  it('serves source values as SmartRecruiters does: default page of 100, sub-type, identifier, sourceDetails', async () => {
    const fake = await startFake({ rateLimits: false });
    const types = (await call(fake, 'GET', '/configuration/sources')).body.content as Array<{
      id: string;
      subtypes: Array<{ id: string }>;
    }>;
    // Every source type has at least one sub-type.
    for (const type of types) expect(type.subtypes.length, type.id).toBeGreaterThanOrEqual(1);
    const total = [...fake.state.sourceValues.values()].filter((v) => v.typeId === 'JOB_BOARDS').length;
    expect(total).toBeGreaterThan(10);
    const page = await call(fake, 'GET', '/configuration/sources/JOB_BOARDS/values');
    expect(page.body).toMatchObject({ totalFound: total, limit: 100, offset: 0 });
    expect(page.body.content).toHaveLength(total);
    const value = page.body.content[0];
    expect(value).toEqual({
      id: expect.any(String),
      label: expect.any(String),
      sourceSubType: { id: expect.any(String) },
      sourceIdentifier: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      ),
      actions: {
        sourceDetails: {
          url: `${fake.url}/configuration/sources/JOB_BOARDS/values/${value.id}`,
          method: 'GET',
        },
      },
    });
    // A source by its identifier: SR's SourceDefinition, without an id.
    const definition = await call(fake, 'GET', `/configuration/sources/${value.sourceIdentifier}`);
    expect(definition.status).toBe(200);
    expect(definition.body).toEqual({
      label: value.label,
      type: { id: 'JOB_BOARDS' },
      subType: { id: value.sourceSubType.id },
    });
    const invalid = await call(fake, 'GET', '/configuration/sources/not-a-uuid');
    expect(invalid.status).toBe(400);
    expect(errorCode(invalid)).toBe('INVALID_IDENTIFIER');
    const missing = await call(fake, 'GET', '/configuration/sources/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(errorCode(missing)).toBe('SOURCE_NOT_FOUND');
    // A job application names its source by that identifier.
    const app = [...fake.state.applications.values()][0]!;
    const jobApplication = await call(
      fake,
      'GET',
      `/job-applications-api/v202112/job-applications/${app.id}`,
    );
    const source = (await call(fake, 'GET', `/configuration/sources/${jobApplication.body.sourceIdentifier}`))
      .body;
    expect(source).toMatchObject({ type: { id: app.source.sourceTypeId } });
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
