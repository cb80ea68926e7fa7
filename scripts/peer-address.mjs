// Loaded into the Next.js server process (`node --import ./scripts/peer-address.mjs …/next start`) by `npm start`,
// `npm run dev` and the end-to-end tests. Next.js hands route handlers no socket address, so this stamps the
// socket's address into the x-jgt-peer header of every request before Next.js sees it, replacing any value the
// client sent, and sets JGT_PEER_HEADER=1 so that lib/http/client-address.ts reads the header only in a process
// where it was stamped. Keep the names in step with PEER_HEADER and PEER_ENV there.
import http from "node:http";
import https from "node:https";

const HEADER = "x-jgt-peer";

function stamp(listener) {
  if (typeof listener !== "function") return listener;
  return function stampedListener(req, res) {
    req.headers[HEADER] = req.socket?.remoteAddress ?? "";
    return listener.call(this, req, res);
  };
}

for (const mod of [http, https]) {
  const original = mod.createServer;
  mod.createServer = function createServer(...args) {
    const i = args.findIndex((a) => typeof a === "function");
    if (i >= 0) args[i] = stamp(args[i]);
    return original.apply(this, args);
  };
}

process.env.JGT_PEER_HEADER = "1";
