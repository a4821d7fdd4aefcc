/* The USB desk's upload with its progress shown: the same form, sent by XMLHttpRequest so
   the bar can follow the bytes; the server's answer page then replaces this one. Without
   script the form is posted as it is and the answer page comes the usual way. */
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  var bar = document.getElementById("progress");
  if (!form || !bar || !window.XMLHttpRequest || !window.FormData) { return; }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.responseType = "document";
    bar.hidden = false;
    form.querySelector("button").disabled = true;
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
    });
    request.addEventListener("load", function () {
      var answer = request.response;
      if (answer && answer.body) {
        document.title = answer.title;
        document.body.replaceWith(document.importNode(answer.body, true));
      } else {
        form.submit();
      }
    });
    request.addEventListener("error", function () { form.submit(); });
    request.send(new FormData(form));
  });
}());
