// Caption language for the story players: a plain select beside the video, so captions can be switched
// with the keyboard alone. Without this script the browser's own player menu does the same.
document.querySelectorAll("video[data-captions-select]").forEach(function (video) {
  var select = document.getElementById(video.dataset.captionsSelect);
  if (!select) return;
  function show(language) {
    Array.prototype.forEach.call(video.textTracks, function (track) {
      track.mode = track.language === language ? "showing" : "disabled";
    });
  }
  select.parentElement.hidden = false;
  select.addEventListener("change", function () { show(select.value); });
  show(select.value);
});
