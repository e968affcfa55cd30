/**
 * What an editor shows on hover: the typed routes resolve to SR's named types (`SrJobDetails`),
 * and the unified resources to the models' interfaces (`JobModel`), not to expanded anonymous
 * object types. Checked with the TypeScript compiler on a small program.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const index = fileURLToPath(new URL('../src/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sr-route-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = `
import { FEED_API, INTERVIEWS_API, POSTING_API, REVIEWS_API, SmartRecruiters, SmartRecruitersClient } from ${JSON.stringify(index)};
const c = new SmartRecruitersClient({ apiKey: 'k' });
const sr = new SmartRecruiters({ client: c });
export async function models() {
  const unifiedJob = await sr.jobs.get('j');
  const unifiedCandidates = (await sr.candidates.list()).result;
  const unifiedApplication = await sr.applications.updateStatus('c:j', { status: 'hired' });
  const missing = unifiedJob.not_fetched;
  return { unifiedJob, unifiedCandidates, unifiedApplication, missing };
}
export async function names() {
  const job = await c.get('/jobs/{jobId}', { params: { jobId: 'j' } });
  const candidates = await c.get('/candidates');
  const departments = await c.get('/configuration/departments');
  const company = await c.get('/configuration/company');
  const offer = await c.get('/candidates/{id}/jobs/{jobId}/offers/{offerId}', { params: { id: 'c', jobId: 'j', offerId: 'o' } });
  const interview = await c.get(\`\${INTERVIEWS_API}/interviews/{interviewId}\`, { params: { interviewId: 'i' } });
  const reviews = await c.get(\`\${REVIEWS_API}/reviews\`, { query: { candidateId: 'c', jobId: 'j' } });
  const consent = await c.get('/candidates/{id}/consents', { params: { id: 'c' } });
  const posting = await c.get(\`\${POSTING_API}/companies/{companyIdentifier}/postings/{postingId}\`, { params: { companyIdentifier: 'a', postingId: 'p' } });
  const applied = await c.post('/postings/{uuid}/candidates', { params: { uuid: 'u' }, body: { firstName: 'A', lastName: 'B', email: 'a@b.c' } });
  for await (const ad of c.paginate(\`\${FEED_API}/publications\`)) {
    for await (const source of c.paginate('/configuration/sources/{sourceType}/values', { params: { sourceType: 't' } })) {
      return { job, candidates, departments, company, offer, interview, reviews, consent, posting, applied, ad, source };
    }
  }
  return undefined;
}
`;

describe('typed route names', () => {
  it('shows the named SR type of each typed route', () => {
    const file = join(dir, 'names.mts');
    writeFileSync(file, SOURCE);
    const program = ts.createProgram([file], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    });
    const source = program.getSourceFile(file)!;
    const errors = program
      .getSemanticDiagnostics(source)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
    const checker = program.getTypeChecker();
    const shown: Record<string, string> = {};
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
        shown[node.name.text] = checker.typeToString(checker.getTypeAtLocation(node.name));
      }
      node.forEachChild(visit);
    };
    visit(source);
    expect(shown).toMatchObject({
      job: 'SrJobDetails',
      candidates: 'SrList<SrCandidate>',
      departments: 'SrList<SrDepartment>',
      company: 'SrCompany',
      offer: 'SrOffer',
      interview: 'SrInterview',
      reviews: 'SrReview[]',
      consent: 'SrConsentDecisions',
      posting: 'SrPosting',
      applied: 'SrApplyResponse',
      ad: 'SrFeedJobAd',
      source: 'SrSource',
      unifiedJob: 'JobModel',
      unifiedCandidates: 'CandidateModel[]',
      unifiedApplication: 'ApplicationModel',
      missing: 'FetchableField<JobModel>[]',
    });
  });
});
