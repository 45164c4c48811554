import { afterEach, describe, expect, it } from "vitest";
import pino from "pino";
import { createHttpServer, readBody, sendJson, BodyTooLargeError, type HttpServer } from "../../src/http/server.js";

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function start(ready = true) {
  server = createHttpServer({ host: "127.0.0.1", port: 0, logger: pino({ level: "silent" }), ready: async () => ready });
  server.mount("/webhooks/a", (_req, res) => sendJson(res, 200, { who: "a" }));
  server.mount("/webhooks/a/deeper", (_req, res) => sendJson(res, 200, { who: "deeper" }));
  server.mount("/echo", async (req, res) => {
    try {
      const body = await readBody(req, 16);
      sendJson(res, 200, { length: body.length });
    } catch (err) {
      sendJson(res, err instanceof BodyTooLargeError ? 413 : 400, { error: String(err) });
    }
  });
  server.mount("/boom", () => {
    throw new Error("secret details");
  });
  return (await server.start()).url;
}

describe("the shared HTTP server", () => {
  it("answers /healthz and /readyz", async () => {
    const url = await start();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it("says not ready with 503 when the readiness check fails", async () => {
    const url = await start(false);
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
  });

  it("routes to the longest mounted prefix, and 404s the rest", async () => {
    const url = await start();
    expect(await (await fetch(`${url}/webhooks/a`)).json()).toEqual({ who: "a" });
    expect(await (await fetch(`${url}/webhooks/a/deeper?x=1`)).json()).toEqual({ who: "deeper" });
    expect((await fetch(`${url}/webhooks/ab`)).status).toBe(404);
    expect((await fetch(`${url}/nothing`)).status).toBe(404);
  });

  it("limits body size", async () => {
    const url = await start();
    expect(await (await fetch(`${url}/echo`, { method: "POST", body: "short" })).json()).toEqual({ length: 5 });
    expect((await fetch(`${url}/echo`, { method: "POST", body: "x".repeat(100) })).status).toBe(413);
  });

  it("turns a handler's exception into a 500 without its details", async () => {
    const url = await start();
    const res = await fetch(`${url}/boom`);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("secret");
  });
});
