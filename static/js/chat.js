// Live chat: the customer's page ([data-chat]) and the agents' desk ([data-desk]).
// Messages are numbered by the server; the page keeps the last number it has and
// resumes after it on every reconnect, and keeps unsent messages (with their own
// ids) until the server has them, so nothing is lost or shown twice. Text is
// always inserted as text, never as HTML. No inline script (CSP): wired by data-*.
(function () {
  "use strict";

  function uuid4() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function socketUrl(root, path) {
    var origin = root.getAttribute("data-ws-origin");
    return (origin || ((location.protocol === "https:" ? "wss://" : "ws://") + location.host)) + path;
  }

  // One connection that comes back after a drop, with growing pauses.
  function Connection(urlFn, handlers) {
    var self = this, failures = 0, socket = null;
    self.send = function (data) {
      if (socket && socket.readyState === 1) { socket.send(JSON.stringify(data)); return true; }
      return false;
    };
    function open() {
      socket = new WebSocket(urlFn());
      socket.onopen = function () { failures = 0; handlers.open(); };
      socket.onmessage = function (e) {
        var data;
        try { data = JSON.parse(e.data); } catch (err) { return; }
        handlers.event(data);
      };
      socket.onclose = function (e) {
        failures += 1;
        handlers.down(failures, e.code);
        if (e.code === 4403) { return; }
        setTimeout(open, Math.min(1000 * failures, 10000));
      };
    }
    open();
  }

  // A chosen file goes up with the page's CSRF token; the server checks it like the
  // forms' files and passes the stored message to both sides over the socket.
  function sendFile(url, input, errorBox) {
    if (!input.files.length) { return; }
    var data = new FormData();
    data.append("file", input.files[0]);
    data.append("client_id", uuid4());
    var csrf = document.querySelector("input[name=csrfmiddlewaretoken]");
    fetch(url, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "X-CSRFToken": csrf ? csrf.value : "" }
    }).then(function (response) {
      if (response.ok) { errorBox.hidden = true; return null; }
      return response.json().then(function (answer) {
        errorBox.hidden = false;
        errorBox.textContent = answer.error;
      });
    }).catch(function () {}).then(function () { input.value = ""; });
  }

  function addMessage(log, words, event, fileBase) {
    if (log.querySelector('[data-seq="' + event.seq + '"]')) { return; }
    var item = document.createElement("li");
    item.setAttribute("data-testid", "chat-message");
    item.setAttribute("data-author", event.author);
    item.setAttribute("data-seq", event.seq);
    item.className = "chat-message chat-" + event.author + " mb-1";
    var who = document.createElement("strong");
    who.textContent = (event.name || words[event.author] || event.author) + ": ";
    var text = document.createElement("span");
    text.textContent = event.body;
    item.appendChild(who);
    item.appendChild(text);
    if (event.file && fileBase) {
      var link = document.createElement("a");
      link.href = fileBase + event.seq + "/";
      link.setAttribute("data-testid", "chat-file");
      link.className = "ms-1";
      link.textContent = words.file + " (" + event.file.split(".").pop().toUpperCase() + ")";
      item.appendChild(link);
    }
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function customerPage(root) {
    var token = root.getAttribute("data-token");
    var words = root.querySelector("[data-chat-words]").dataset;
    words.customer = words.you;
    var log = root.querySelector("[data-chat-log]");
    var stateBox = root.querySelector("[data-chat-state]");
    var errorBox = root.querySelector("[data-chat-error]");
    var unavailable = root.querySelector("[data-chat-unavailable]");
    var composer = root.querySelector("[data-chat-composer]");
    var body = root.querySelector("[data-chat-body]");
    var typing = root.querySelector("[data-chat-typing]");
    var key = "chat:" + token.slice(-24);
    var lastSeq = 0;
    var pending = JSON.parse(sessionStorage.getItem(key + ":pending") || "[]");
    var typingTimer = null, lastTyping = 0, conn;
    var fileUrl = root.getAttribute("data-file-url");
    var fileInput = root.querySelector("[data-chat-file]");
    fileInput.addEventListener("change", function () { sendFile(fileUrl, fileInput, errorBox); });

    function savePending() { sessionStorage.setItem(key + ":pending", JSON.stringify(pending)); }

    function showState(event) {
      var state = event.state;
      stateBox.setAttribute("data-state", state);
      root.querySelector("[data-chat-label]").textContent = words[state] || "";
      var queue = root.querySelector("[data-chat-queue]");
      if (event.position) {
        queue.hidden = false;
        root.querySelector("[data-chat-position]").textContent = words.position
          .replace("{position}", event.position).replace("{minutes}", event.wait_minutes);
      } else { queue.hidden = true; }
      var open = state === "queued" || state === "connected" || state === "offline";
      composer.hidden = !open;
      root.querySelector('[data-chat-panel="answers"]').hidden = state !== "answers";
      root.querySelector('[data-chat-panel="ended"]').hidden = state !== "ended";
      unavailable.hidden = state !== "offline";
      if (state === "offline") {
        root.querySelector("[data-chat-unavailable-text]").textContent = words.offline;
      }
    }

    // The form link carries what the customer wrote; unsent messages are added to it.
    var formLink = unavailable.querySelector("a");
    var formHref = formLink.href;
    function carryPending() {
      if (!pending.length) { formLink.href = formHref; return; }
      var target = new URL(formHref, location.href);
      var text = [target.searchParams.get("description") || ""].concat(
        pending.map(function (m) { return m.body; })).join("\n\n");
      target.searchParams.set("description", text.slice(0, 2000));
      formLink.href = target.toString();
    }
    carryPending();

    function flush() { pending.forEach(function (m) { conn.send(m); }); }

    conn = new Connection(function () {
      return socketUrl(root, root.getAttribute("data-ws-path")) + "?token=" + encodeURIComponent(token) + "&after=" + lastSeq;
    }, {
      open: function () { unavailable.hidden = true; flush(); },
      down: function (failures) {
        if (failures >= 2) {
          carryPending();
          unavailable.hidden = false;
          root.querySelector("[data-chat-unavailable-text]").textContent = words.unavailable;
        }
      },
      event: function (event) {
        if (event.type === "message") {
          if (event.seq <= lastSeq) { return; }
          lastSeq = event.seq;
          addMessage(log, words, event, fileUrl);
          pending = pending.filter(function (m) { return m.client_id !== event.client_id; });
          savePending();
          if (event.author === "agent") { typing.textContent = ""; }
        } else if (event.type === "state") {
          showState(event);
        } else if (event.type === "typing") {
          typing.textContent = words.typing;
          clearTimeout(typingTimer);
          typingTimer = setTimeout(function () { typing.textContent = ""; }, 4000);
        } else if (event.type === "error") {
          errorBox.hidden = false;
          errorBox.textContent = event.message;
          var refused = pending.filter(function (m) { return m.client_id === event.client_id; })[0];
          if (refused) {
            pending = pending.filter(function (m) { return m !== refused; });
            savePending();
            if (!body.value) { body.value = refused.body; }
          }
        } else if (event.type === "rated") {
          root.querySelector("[data-chat-rated]").textContent = words.rated;
        }
      }
    });

    composer.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = body.value.trim();
      if (!text) { return; }
      errorBox.hidden = true;
      var m = { type: "message", client_id: uuid4(), body: text };
      pending.push(m);
      savePending();
      body.value = "";
      conn.send(m);
    });
    body.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); composer.requestSubmit(); }
    });
    body.addEventListener("input", function () {
      if (Date.now() - lastTyping > 2000) { lastTyping = Date.now(); conn.send({ type: "typing" }); }
    });
    root.querySelectorAll("[data-chat-action]").forEach(function (button) {
      button.addEventListener("click", function () {
        conn.send({ type: button.getAttribute("data-chat-action") });
      });
    });
    root.querySelector("[data-chat-rating]").addEventListener("submit", function (e) {
      e.preventDefault();
      var chosen = e.target.querySelector("input[name=score]:checked");
      if (chosen) { conn.send({ type: "rate", score: parseInt(chosen.value, 10) }); }
    });
  }

  function deskPage(root) {
    var words = root.querySelector("[data-chat-words]").dataset;
    var queueList = root.querySelector("[data-desk-queue]");
    var chats = root.querySelector("[data-desk-chats]");
    var errorBox = root.querySelector("[data-chat-error]");
    var template = root.querySelector("[data-desk-chat-template]");
    var panes = {}, conn;

    function pane(chatId) {
      if (panes[chatId]) { return panes[chatId]; }
      var node = template.content.firstElementChild.cloneNode(true);
      node.setAttribute("data-chat-id", chatId);
      node.querySelector("[data-desk-title]").textContent = "#" + chatId;
      var caseForm = node.querySelector("[data-desk-case]");
      caseForm.action = root.getAttribute("data-case-url").replace("/0/", "/" + chatId + "/");
      var caseEmail = caseForm.querySelector("input[name=email]");
      caseEmail.id = "desk-email-" + chatId;
      caseForm.querySelector("label").setAttribute("for", caseEmail.id);
      var form = node.querySelector("form");
      var input = form.querySelector("textarea");
      input.id = "desk-body-" + chatId;
      form.querySelector("label").setAttribute("for", input.id);
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        var text = input.value.trim();
        if (!text) { return; }
        conn.send({ type: "message", chat: chatId, client_id: uuid4(), body: text });
        input.value = "";
      });
      input.addEventListener("keydown", function (e) {
        if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
      });
      input.addEventListener("input", function () { conn.send({ type: "typing", chat: chatId }); });
      node.querySelectorAll("[data-desk-action]").forEach(function (button) {
        button.addEventListener("click", function () {
          conn.send({ type: button.getAttribute("data-desk-action"), chat: chatId });
        });
      });
      // Hand the chat to a named agent, or back to a language's queue.
      node.querySelectorAll("[data-desk-transfer]").forEach(function (select) {
        var kind = select.getAttribute("data-desk-transfer");
        select.id = "desk-transfer-" + kind + "-" + chatId;
        node.querySelector("[data-desk-label=" + kind + "]").setAttribute("for", select.id);
        node.querySelector("[data-desk-transfer-send=" + kind + "]").addEventListener("click", function () {
          var data = { type: "transfer", chat: chatId };
          if (kind === "agent") { data.to = parseInt(select.value, 10); } else { data.language = select.value; }
          conn.send(data);
        });
      });
      var fileUrl = root.getAttribute("data-file-url").replace("/0/", "/" + chatId + "/");
      var fileInput = node.querySelector("[data-chat-file]");
      fileInput.id = "desk-file-" + chatId;
      fileInput.previousElementSibling.setAttribute("for", fileInput.id);
      fileInput.addEventListener("change", function () { sendFile(fileUrl, fileInput, errorBox); });
      var macroSelect = node.querySelector("[data-desk-macros] select");
      macroSelect.id = "desk-macros-" + chatId;
      node.querySelector("[data-desk-macros] label").setAttribute("for", macroSelect.id);
      macroSelect.addEventListener("change", function () {
        var chosen = panes[chatId].macros[macroSelect.value];
        if (chosen) { input.value = chosen; input.focus(); }
        macroSelect.value = "";
      });
      chats.appendChild(node);
      panes[chatId] = { node: node, log: node.querySelector("[data-chat-log]"), last: 0, macros: {}, fileUrl: fileUrl };
      conn.send({ type: "macros", chat: chatId });
      return panes[chatId];
    }

    // Canned replies, filled in for this chat by the server; inserted as text.
    function showMacros(p, macros) {
      var select = p.node.querySelector("[data-desk-macros] select");
      while (select.options.length > 1) { select.remove(1); }
      p.macros = {};
      macros.forEach(function (m) {
        p.macros[m.id] = m.text;
        var option = document.createElement("option");
        option.value = m.id;
        option.textContent = m.title;
        select.appendChild(option);
      });
      p.node.querySelector("[data-desk-macros]").hidden = macros.length === 0;
    }

    function showQueue(event) {
      queueList.textContent = "";
      root.querySelector("[data-desk-agents]").textContent = event.agents;
      event.waiting.forEach(function (w) {
        var item = document.createElement("li");
        item.className = "mb-2";
        item.setAttribute("data-testid", "desk-waiting");
        var since = Math.max(0, Math.round((Date.now() - Date.parse(w.since)) / 60000));
        var info = document.createElement("span");
        info.textContent = "[" + w.language + (w.region ? " · " + w.region : "") + " · " + since + " min] " + w.question + " ";
        var button = document.createElement("button");
        button.type = "button";
        button.className = "btn btn-sm btn-primary";
        button.textContent = words.accept;
        button.addEventListener("click", function () { conn.send({ type: "accept", chat: w.chat }); });
        item.appendChild(info);
        item.appendChild(button);
        queueList.appendChild(item);
      });
    }

    conn = new Connection(function () { return socketUrl(root, root.getAttribute("data-ws-path")); }, {
      open: function () {
        Object.keys(panes).forEach(function (id) {
          conn.send({ type: "resume", chat: parseInt(id, 10), after: panes[id].last });
        });
      },
      down: function () {},
      event: function (event) {
        if (event.type === "queue") { showQueue(event); }
        else if (event.type === "held") {
          event.chats.forEach(function (id) {
            conn.send({ type: "resume", chat: id, after: pane(id).last });
          });
        } else if (event.type === "accepted") { pane(event.chat); }
        else if (event.type === "message") {
          var p = pane(event.chat);
          if (event.seq <= p.last) { return; }
          p.last = event.seq;
          addMessage(p.log, words, event, p.fileUrl);
        } else if (event.type === "transferred" && panes[event.chat]) {
          panes[event.chat].node.remove();
          delete panes[event.chat];
        } else if (event.type === "macros" && panes[event.chat]) {
          showMacros(panes[event.chat], event.macros);
        } else if (event.type === "typing" && panes[event.chat]) {
          panes[event.chat].node.querySelector("[data-chat-typing]").textContent = words.typing;
        } else if (event.type === "chat_state") {
          var held = panes[event.chat];
          if (held) { held.node.setAttribute("data-updated", Date.now()); }
        } else if (event.type === "error") {
          errorBox.hidden = false;
          errorBox.textContent = event.message;
        }
      }
    });
    root.querySelectorAll("[data-desk-presence]").forEach(function (button) {
      button.addEventListener("click", function () {
        conn.send({ type: "presence", status: button.getAttribute("data-desk-presence") });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var chat = document.querySelector("[data-chat]");
    if (chat) { customerPage(chat); }
    var desk = document.querySelector("[data-desk]");
    if (desk) { deskPage(desk); }
  });
})();
