/*
 * Orgwright's host check: plain ES5 (no bundle, no modules), loaded by taskpane.html and index.html before the
 * ES2020 bundle, so that a host whose webview cannot run the pane (Internet Explorer 11 in volume-licensed Office
 * 2016/2019, the old Microsoft Edge) shows a clear message in English and Chinese instead of a blank pane.
 *
 * Two cues, both without eval (the pages' Content-Security-Policy forbids it):
 *  - the engine lacks what the bundle uses (ES2019/ES2020 built-ins): the message is shown at once;
 *  - the bundle did not start by the time the page has loaded (it failed to parse, to download or to run its first
 *    line): the bundle sets window.orgwrightStarted as its first statement.
 * The strings are src/i18n's "ui.host.unsupported.*" (tests/taskpane/hostCheck.test.ts keeps them equal).
 */
(function () {
  "use strict";

  var TEXT = [
    {
      lang: "en",
      title: "This version of Office cannot run Orgwright",
      body: "Its built-in browser (Internet Explorer or the old Microsoft Edge) is too old for the pane.",
      action:
        "Use Microsoft 365, Office 2021 or later, Excel on the web or Excel for Mac; or install the Microsoft Edge WebView2 Runtime."
    },
    {
      lang: "zh-CN",
      title: "此版本的 Office 无法运行 Orgwright",
      body: "它内置的浏览器（Internet Explorer 或旧版 Microsoft Edge）版本过旧，无法运行任务窗格。",
      action:
        "请使用 Microsoft 365、Office 2021 或更高版本、Excel 网页版或 Mac 版 Excel；或安装 Microsoft Edge WebView2 运行时。"
    }
  ];

  var shown = false;

  function element(tag, text, style) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    if (style) node.style.cssText = style;
    return node;
  }

  function show() {
    if (shown || window.orgwrightStarted) return;
    shown = true;
    var box = element(
      "div",
      "",
      "margin:16px;padding:12px 16px;border:1px solid #c50f1f;border-radius:4px;background:#fdf3f4;color:#242424;" +
        "font-family:'Segoe UI','Microsoft YaHei','PingFang SC','Noto Sans CJK SC',sans-serif;font-size:14px;line-height:1.4"
    );
    box.id = "orgwright-unsupported";
    box.setAttribute("role", "alert");
    for (var i = 0; i < TEXT.length; i++) {
      var part = element("div", "", i > 0 ? "margin-top:12px" : "");
      part.setAttribute("lang", TEXT[i].lang);
      part.appendChild(element("h1", TEXT[i].title, "font-size:16px;font-weight:600;margin:0 0 6px"));
      part.appendChild(element("p", TEXT[i].body, "margin:0 0 6px"));
      part.appendChild(element("p", TEXT[i].action, "margin:0"));
      box.appendChild(part);
    }
    var container = document.getElementById("container");
    if (container) container.style.display = "none";
    document.body.appendChild(box);
  }

  function capable() {
    return (
      typeof Promise === "function" &&
      typeof Symbol === "function" &&
      typeof Object.fromEntries === "function" &&
      typeof Array.prototype.flatMap === "function" &&
      typeof String.prototype.matchAll === "function" &&
      typeof Promise.allSettled === "function"
    );
  }

  function whenReady(callback) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", callback);
    else callback();
  }

  if (!capable()) {
    whenReady(show);
    return;
  }
  function checkStarted() {
    // The deferred bundle runs before DOMContentLoaded, so by "load" it has started unless it could not.
    setTimeout(show, 0);
  }
  if (document.readyState === "complete") checkStarted();
  else window.addEventListener("load", checkStarted);
})();
