// Progressive enhancement of the upload form: drag and drop, per-file progress and result.
// Without JavaScript the form posts to /ingest and the server answers with a results page.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
  var zone = document.getElementById("dropzone");
  var input = document.getElementById("file");
  var list = document.getElementById("uploads");
  var tokenField = document.getElementById("token");
  var maxBytes = parseInt(form.getAttribute("data-max-bytes"), 10) || 0;
  var queue = [];
  var busy = false;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }   // always text, never HTML
    return node;
  }

  function row(file) {
    var li = el("li");
    li.appendChild(el("strong", null, file.name));
    var status = el("span", "muted", " · wacht");
    li.appendChild(status);
    var bar = el("progress");
    bar.max = 100; bar.value = 0;
    bar.setAttribute("aria-label", "Voortgang " + file.name);
    li.appendChild(bar);
    list.insertBefore(li, list.firstChild);
    return { li: li, status: status, bar: bar };
  }

  function finish(view, ok, message, href) {
    view.bar.remove();
    view.status.className = ok ? "ok" : "failed";
    view.status.textContent = (ok ? " ✓ " : " ✗ ") + message;
    if (href) {
      view.li.appendChild(document.createTextNode(" · "));
      var a = el("a", "open-document", "document openen");
      a.href = href;
      view.li.appendChild(a);
    }
  }

  function next() {
    if (busy || queue.length === 0) { return; }
    busy = true;
    var job = queue.shift();
    var file = job.file, view = job.view;
    if (maxBytes && file.size > maxBytes) {
      finish(view, false, "te groot (" + Math.round(file.size / 1048576) + " MB); de grens is " + Math.round(maxBytes / 1048576) + " MB");
      busy = false; next(); return;
    }
    var data = new FormData();
    data.append("file", file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/documents");
    if (tokenField && tokenField.value) { xhr.setRequestHeader("Authorization", "Bearer " + tokenField.value); }
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        view.bar.value = Math.round(100 * e.loaded / e.total);
        view.status.textContent = e.loaded < e.total ? " · uploaden " + view.bar.value + "%" : " · inlezen…";
      }
    };
    xhr.onload = function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
      if (xhr.status === 201 && body && body.document) {
        var n = body.pairs ? body.pairs.length : 0;
        finish(view, true, n + (n === 1 ? " vraag" : " vragen") + " gevonden" + (body.document.title ? " in “" + body.document.title + "”" : ""),
               "/documents/" + encodeURIComponent(body.document.id));
      } else {
        finish(view, false, (body && body.message) ? body.message : "mislukt (status " + xhr.status + ")");
      }
      busy = false; next();
    };
    xhr.onerror = function () { finish(view, false, "geen verbinding met de server"); busy = false; next(); };
    view.status.textContent = " · uploaden";
    xhr.send(data);
  }

  function add(files) {
    for (var i = 0; i < files.length; i++) { queue.push({ file: files[i], view: row(files[i]) }); }
    next();
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (input.files && input.files.length) { add(input.files); input.value = ""; }
  });
  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove("over"); });
  });
  zone.addEventListener("drop", function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) { add(e.dataTransfer.files); }
  });
})();
