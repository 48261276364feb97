// Video upload with a progress bar. The form works without this script (the browser posts it and the server
// streams the file); with it, staff see how far a large upload has got and errors without losing the page.
document.querySelectorAll("form[data-upload]").forEach(function (form) {
  var progress = form.querySelector(".upload-progress");
  var bar = progress.querySelector("progress");
  var label = progress.querySelector("[aria-live]");
  var error = form.querySelector(".upload-error");
  var button = form.querySelector("button[type=submit]");
  var lastAnnounced = -1;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("RequestVerificationToken", form.querySelector("input[name=__RequestVerificationToken]").value);
    xhr.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) return;
      var percent = Math.floor(e.loaded * 100 / e.total);
      bar.value = percent;
      // Screen readers hear every tenth percent, not every event.
      if (Math.floor(percent / 10) !== lastAnnounced) {
        lastAnnounced = Math.floor(percent / 10);
        label.textContent = percent + " %";
      }
    });
    xhr.addEventListener("load", function () {
      var answer = null;
      try { answer = JSON.parse(xhr.responseText); } catch (e) { /* not JSON: a proxy or server error page */ }
      if (answer && answer.ok) { window.location.href = answer.redirect; return; }
      fail(answer && answer.message ? answer.message : form.dataset.failed || xhr.statusText);
    });
    xhr.addEventListener("error", function () { fail(form.dataset.failed); });
    error.hidden = true;
    progress.hidden = false;
    button.disabled = true;
    xhr.send(new FormData(form));
  });
  function fail(message) {
    progress.hidden = true;
    button.disabled = false;
    error.textContent = message;
    error.hidden = false;
  }
});
