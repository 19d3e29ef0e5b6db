// RecordsBot's page: the official Bot Framework Web Chat against this app's own Direct Line endpoint.
// The conversation's token is kept in this browser, so a reload (or an app restart) resumes the same conversation.
// The browser's user ticket is kept too (apart from the conversation), so a new conversation is still the same person,
// and what they saved (their list of providers) is there again.
(function () {
  'use strict';

  var storageKey = 'recordsbot.session';
  var userKey = 'recordsbot.user';
  var container = document.getElementById('webchat');
  var status = document.getElementById('chat-status');

  function showError(message) {
    status.textContent = message;
    status.className = 'status error';
    container.setAttribute('aria-busy', 'false');
  }

  function savedToken() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
      return saved && saved.token;
    } catch (e) {
      return null;
    }
  }

  function savedUser() {
    try {
      return window.localStorage.getItem(userKey);
    } catch (e) {
      return null;
    }
  }

  async function start() {
    if (!window.WebChat) {
      showError('The chat could not load. Please reload the page.');
      return;
    }

    var response = await fetch('webchat/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: savedToken(), user: savedUser() })
    });
    if (!response.ok) {
      showError('The chat could not start. Please reload the page in a moment.');
      return;
    }

    var session = await response.json();
    window.localStorage.setItem(storageKey, JSON.stringify({ token: session.token, conversationId: session.conversationId }));
    window.localStorage.setItem(userKey, session.user);

    // WebSocket streaming by default; ?transport=polling for networks whose proxies block WebSockets.
    var polling = new URLSearchParams(window.location.search).get('transport') === 'polling';
    var directLine = window.WebChat.createDirectLine({
      domain: new URL('v3/directline', window.location.href).href.replace(/\/$/, ''),
      token: session.token,
      conversationId: session.conversationId,
      webSocket: !polling,
      pollingInterval: 500
    });

    status.remove();
    container.removeAttribute('aria-describedby');
    container.setAttribute('aria-busy', 'false');
    window.WebChat.renderWebChat({
      directLine: directLine,
      userID: session.userId,
      locale: 'en-US',
      styleOptions: {
        accent: '#0f5c7a',
        botAvatarInitials: 'RB',
        botAvatarBackgroundColor: '#0f5c7a',
        hideUploadButton: true,
        sendBoxTextWrap: true,
        suggestedActionLayout: 'flow',
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8
      }
    }, container);

    var input = container.querySelector('input, textarea');
    if (input) { input.focus(); }
  }

  start().catch(function () {
    showError('The chat could not start. Please check your connection and reload the page.');
  });
})();
