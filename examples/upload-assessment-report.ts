/**
 * An assessment product attaches its report to the application it assessed, and reads it back.
 *
 *   npx tsx examples/upload-assessment-report.ts
 */
import { connect, step } from './connect.js';

const { sr, live, close } = await connect();
try {
  const [application] = (await sr.applications.list({ status: 'interview', limit: 5 })).result;
  if (!application) throw new Error('No application in interview');
  step(`Application ${application.id} (${application.status})`);
  if (live) {
    console.log('  uploading writes data: this step runs on the fake server only');
  } else {
    const report = await sr.attachments.upload({
      application_id: application.id,
      // A Blob, bytes, a web ReadableStream or a Node stream (fs.createReadStream) all work.
      file: new Blob(['%PDF-1.4\n% Coding assessment: 88/100\n'], { type: 'application/pdf' }),
      file_name: 'coding-assessment.pdf',
    });
    console.log(
      `  uploaded ${report.file_name} as ${report.attachment_type} (${report.remote_attachment_type})`,
    );
  }
  step('Attachments of the application');
  for await (const file of sr.attachments.list({ application_id: application.id })) {
    const download = await sr.attachments.download(file);
    const size = (await download.arrayBuffer()).byteLength;
    console.log(`  ${file.file_name} ${download.contentType} ${size} bytes`);
  }
} finally {
  await close();
}
