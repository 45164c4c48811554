/** Runs once before the suite: says plainly when PostgreSQL tests are skipped. */
export default function setup(): void {
  if (!process.env.TEST_DATABASE_URL) {
    console.log("PostgreSQL tests skipped: TEST_DATABASE_URL is not set (SQLite tests still run).");
  } else {
    console.log(`PostgreSQL tests run against ${redact(process.env.TEST_DATABASE_URL)}.`);
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, "//$1:***@");
}
