// The reply page: choosing a canned reply fills in its text and status at once
// (without JavaScript, the "Insert" button does the same by a round trip).
document.addEventListener("DOMContentLoaded", () => {
  const data = document.getElementById("macro-texts");
  const select = document.getElementById("id_macro");
  const body = document.getElementById("id_body");
  const status = document.getElementById("id_set_status");
  if (!data || !select || !body) return;
  const texts = JSON.parse(data.textContent);
  select.addEventListener("change", () => {
    const chosen = texts[select.value];
    if (!chosen) return;
    body.value = chosen.body;
    if (status) status.value = chosen.status;
    body.focus();
  });
});
