/* 党建自评 start-up guard.
 *
 * Shows the hidden #djzp-fallback box instead of a blank page when the app
 * cannot run:
 *   unsupported  the browser has no WebAssembly, or lacks a WebAssembly
 *                feature the build uses (checked with a tiny probe module);
 *   failed       loading or starting the WebAssembly failed, the app has not
 *                appeared after START_TIMEOUT_MS, or the app trapped (a Rust
 *                panic surfaces as a WebAssembly.RuntimeError);
 *   file         the web-server build was opened from disk (file://), where
 *                browsers refuse its module script.
 * The box is part of the page (index.html), in Chinese with English under it.
 *
 * Written in ES5 on purpose: it must also run in the oldest engines (the IE
 * mode of 360/QQ browsers) to say why the app cannot. It sends nothing and
 * stores nothing. In the web build Trunk copies it as an external file (the
 * page's CSP allows no inline script but Trunk's loader); the single-file
 * build inlines it with its own hash.
 */
(function () {
  "use strict";

  var START_TIMEOUT_MS = 20000;
  var POLL_MS = 250;

  // A 69-byte module that uses every WebAssembly feature the build needs:
  // reference types (externref table, table.set), bulk memory (memory.copy),
  // sign extension (i32.extend8_s), non-trapping float-to-int
  // (i32.trunc_sat_f32_s) and multi-value (two results). scripts/build-single
  // checks that the build uses no feature beyond these.
  var PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 12, 2, 96, 1, 111, 2, 127, 127, 96, 0, 2, 127, 127, 3, 2, 1, 0,
    4, 4, 1, 111, 0, 1, 5, 3, 1, 0, 1, 10, 30, 1, 28, 0, 65, 0, 32, 0, 38, 0, 65, 0, 65, 1, 65, 1, 252, 10, 0, 0,
    65, 1, 192, 67, 0, 0, 128, 63, 252, 0, 11];

  var shown = null; // null | "unsupported" | "file" | "failed"
  var cause = null; // why "failed": "error" | "trap" | "timeout"
  var startedAt = new Date().getTime();

  function byId(id) { return document.getElementById(id); }

  function rendered() {
    var app = byId("app");
    return !!(app && app.firstElementChild);
  }

  function describe(err) {
    if (!err) return "";
    var text;
    try {
      text = err.name && err.message !== undefined ? err.name + ": " + err.message : String(err);
    } catch (e) {
      text = "unknown error";
    }
    return text.length > 300 ? text.slice(0, 300) + "…" : text;
  }

  function show(reason, why, detail) {
    var box = byId("djzp-fallback");
    if (!box) return;
    // A missing browser feature explains everything that follows from it.
    if (shown === "unsupported" || (shown === "file" && reason === "failed")) return;
    shown = reason;
    cause = why || null;
    var parts = box.querySelectorAll("[data-reason]");
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].getAttribute("data-reason") === reason) parts[i].removeAttribute("hidden");
      else parts[i].setAttribute("hidden", "");
    }
    var d = box.querySelector("[data-detail]");
    if (d) {
      if (detail) {
        d.textContent = "技术信息 / Technical detail: " + detail;
        d.removeAttribute("hidden");
      } else {
        d.setAttribute("hidden", "");
      }
    }
    box.setAttribute("data-state", reason);
    if (cause) box.setAttribute("data-cause", cause);
    else box.removeAttribute("data-cause");
    // Styled here, not in a stylesheet: CSSOM changes are allowed by the CSP
    // and this way the message is legible even if the stylesheet is missing.
    var s = box.style;
    s.boxSizing = "border-box";
    s.maxWidth = "760px";
    s.margin = "16px auto";
    s.padding = "16px 20px";
    s.border = "2px solid #c0392b";
    s.borderRadius = "8px";
    s.background = "#fff8f0";
    s.color = "#222";
    s.fontSize = "16px";
    s.lineHeight = "1.7";
    s.fontFamily = 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
    if (d) {
      d.style.fontSize = "13px";
      d.style.color = "#555";
    }
    box.removeAttribute("hidden");
  }

  function hide() {
    var box = byId("djzp-fallback");
    if (!box) return;
    box.setAttribute("hidden", "");
    box.removeAttribute("data-state");
    box.removeAttribute("data-cause");
    shown = null;
    cause = null;
  }

  function supported() {
    if (typeof WebAssembly !== "object" || !WebAssembly || typeof WebAssembly.validate !== "function") return false;
    try {
      return WebAssembly.validate(new Uint8Array(PROBE));
    } catch (e) {
      return false;
    }
  }

  function isTrap(err) {
    return typeof WebAssembly === "object" && !!WebAssembly && typeof WebAssembly.RuntimeError === "function" &&
      err instanceof WebAssembly.RuntimeError;
  }

  // The web build's loader is a module script; the single file has none.
  function webBuildFromDisk() {
    return location.protocol === "file:" && !!document.querySelector("script[type=module]");
  }

  function fail(why, err) {
    if (webBuildFromDisk()) show("file", null, describe(err));
    else show("failed", why, describe(err));
  }

  if (!supported()) {
    show("unsupported");
    // Nothing else to watch for; only take the message back should the app
    // start after all.
    setTimeout(poll, POLL_MS);
    return;
  }

  // Uncaught errors, and (capture phase) scripts that fail to load. Before the
  // app has appeared an error is taken to mean it will not (should it appear
  // all the same, poll() takes the message back); afterwards only a
  // WebAssembly trap counts (a Rust panic aborts the app).
  window.addEventListener("error", function (e) {
    var target = e.target;
    if (target && target !== window && target.nodeType === 1) {
      if (target.tagName === "SCRIPT" && !rendered()) fail("error", new Error("could not load " + (target.src || "the app's script")));
      return;
    }
    if (isTrap(e.error)) fail("trap", e.error);
    else if (!rendered()) fail("error", e.error || e.message);
  }, true);

  window.addEventListener("unhandledrejection", function (e) {
    if (isTrap(e.reason)) fail("trap", e.reason);
    else if (!rendered()) fail("error", e.reason);
  });

  // Watches for the app until it appears. If it does appear after a message
  // that only guessed (too slow, unsupported, an error that proved harmless),
  // the message goes.
  function poll() {
    if (rendered()) {
      if (shown === "unsupported" || (shown === "failed" && cause !== "trap")) hide();
      return;
    }
    var limit = typeof window.djzpStartTimeoutMs === "number" ? window.djzpStartTimeoutMs : START_TIMEOUT_MS;
    var late = new Date().getTime() - startedAt > limit;
    if (shown === "unsupported" && late) return;
    if (!shown && late) fail("timeout", new Error("the app did not start within " + Math.round(limit / 1000) + " s"));
    setTimeout(poll, POLL_MS);
  }
  setTimeout(poll, POLL_MS);
})();
