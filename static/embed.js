/*
 * Within Range embed loader. On any page:
 *   <div data-within-range="drones"></div>
 *   <script src="https://…/within-range/embed.js" async></script>
 * Optional attributes: data-state="october", data-theme="light|dark", data-title="…".
 * Each div gets a responsive, lazy-loaded iframe of that chart, resized from the height
 * messages it sends (pym.js's format), accepted only from this script's own origin.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !script.src) return;
	var root = new URL('.', script.src);
	var origin = root.origin;
	var SEP = 'xPYMx';
	var frames = window.__withinRangeFrames || (window.__withinRangeFrames = {});
	var count = Object.keys(frames).length;

	function post(id, type, message) {
		var frame = frames[id];
		if (frame && frame.contentWindow)
			frame.contentWindow.postMessage(['pym', id, type, message].join(SEP), origin);
	}

	function mount(el) {
		if (el.getAttribute('data-within-range-mounted')) return;
		var chart = el.getAttribute('data-within-range') || '';
		if (!/^[a-z][a-z-]{0,40}$/.test(chart)) return;
		var id = 'within-range-' + chart + '-' + count++;
		// data-lang="uk" embeds an edition's page (uk/embed/…); anything else, the English one.
		var lang = el.getAttribute('data-lang') === 'uk' ? 'uk/' : '';
		var src = new URL(lang + 'embed/' + chart + '/', root);
		src.searchParams.set('childId', id);
		['state', 'theme'].forEach(function (key) {
			var value = el.getAttribute('data-' + key);
			if (value) src.searchParams.set(key, value);
		});
		var frame = document.createElement('iframe');
		frame.src = src.href;
		frame.title = el.getAttribute('data-title') || 'Within Range chart: ' + chart;
		frame.loading = 'lazy';
		frame.setAttribute('scrolling', 'no');
		frame.style.cssText = 'display:block;width:100%;height:480px;border:0;overflow:hidden';
		frame.addEventListener('load', function () {
			post(id, 'width', el.offsetWidth);
		});
		el.setAttribute('data-within-range-mounted', id);
		el.appendChild(frame);
		frames[id] = frame;
	}

	if (!window.__withinRangeListening) {
		window.__withinRangeListening = true;
		window.addEventListener('message', function (e) {
			if (e.origin !== origin || typeof e.data !== 'string') return;
			var parts = e.data.split(SEP);
			if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height') return;
			var frame = frames[parts[1]];
			var height = Number(parts[3]);
			if (!frame || e.source !== frame.contentWindow || !(height > 0 && height < 20000)) return;
			frame.style.height = Math.ceil(height) + 'px';
		});
		window.addEventListener('resize', function () {
			for (var id in frames) post(id, 'width', frames[id].offsetWidth);
		});
	}

	var els = document.querySelectorAll('[data-within-range]');
	for (var i = 0; i < els.length; i++) mount(els[i]);
})();
