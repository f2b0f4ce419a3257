// The sample's page: the ER diagram and load counts from /actuator/orm, and a form that runs a load
// through /api/loads. Plain JavaScript, no build step.
'use strict';

const REFRESH_MILLIS = 3000;
let lastCounts = new Map();

async function getJson(url) {
	const response = await fetch(url, { headers: { Accept: 'application/json' } });
	const body = await response.json();
	if (!response.ok) {
		const error = new Error(body.detail || body.title || response.statusText);
		error.problem = body;
		throw error;
	}
	return body;
}

function cell(row, text, className) {
	const td = row.insertCell();
	td.textContent = text;
	if (className) {
		td.className = className;
	}
	return td;
}

async function renderSchema() {
	const target = document.getElementById('er-diagram');
	try {
		const orm = await getJson('actuator/orm');
		const user = orm.models.find((model) => model.name === 'User');
		document.getElementById('user-relations').textContent =
			user ? user.relations.map((relation) => relation.name).join(', ') : '(none)';
		mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
		const { svg } = await mermaid.render('er-diagram-svg', orm.erDiagram);
		target.innerHTML = svg;
		target.dataset.rendered = 'true';
		renderCounts(orm.loads);
	}
	catch (error) {
		target.textContent = 'The diagram could not be rendered: ' + error.message;
	}
	finally {
		target.removeAttribute('aria-busy');
	}
}

function loadKey(load) {
	return [load.model, load.relation, load.strategy, load.requestedStrategy, load.reason].join('|');
}

function renderCounts(loads) {
	const body = document.querySelector('#load-counts tbody');
	body.replaceChildren();
	if (loads.length === 0) {
		cell(body.insertRow(), 'No relation was loaded yet.').colSpan = 7;
	}
	const counts = new Map();
	for (const load of loads) {
		const key = loadKey(load);
		counts.set(key, load.count);
		const row = body.insertRow();
		row.dataset.key = key;
		row.classList.toggle('changed', lastCounts.size > 0 && lastCounts.get(key) !== load.count);
		for (const text of [load.model, load.relation, load.kind, load.strategy, load.requestedStrategy, load.reason]) {
			cell(row, text);
		}
		cell(row, String(load.count), 'count');
	}
	lastCounts = counts;
	body.dataset.total = String(loads.reduce((sum, load) => sum + load.count, 0));
}

async function refreshCounts() {
	try {
		renderCounts((await getJson('actuator/orm')).loads);
	}
	catch (error) {
		// the next refresh tries again
	}
}

function renderRun(run) {
	document.getElementById('load-summary').textContent = run.statements.length + ' statement'
		+ (run.statements.length === 1 ? '' : 's') + ' sent for ' + run.users + ' users (planned: at least '
		+ run.plan.statements + ')';
	const plan = document.querySelector('#load-plan tbody');
	plan.replaceChildren();
	for (const step of run.plan.relations) {
		const row = plan.insertRow();
		for (const text of [step.path, step.kind, step.requested, step.strategy, step.reason]) {
			cell(row, text);
		}
	}
	const list = document.getElementById('load-statements');
	list.replaceChildren();
	for (const statement of run.statements) {
		const item = document.createElement('li');
		const sql = document.createElement('pre');
		sql.textContent = statement.sql;
		const binds = document.createElement('div');
		binds.className = 'binds';
		binds.textContent = 'binds: ' + JSON.stringify(statement.binds);
		item.append(sql, binds);
		list.append(item);
	}
	document.getElementById('load-result').hidden = false;
}

async function runLoad(event) {
	event.preventDefault();
	const error = document.getElementById('load-error');
	error.hidden = true;
	const parameters = new URLSearchParams({
		load: document.getElementById('load-relations').value,
		strategy: document.getElementById('load-strategy').value,
		limit: document.getElementById('load-limit').value,
	});
	try {
		renderRun(await getJson('api/loads?' + parameters));
	}
	catch (failure) {
		document.getElementById('load-result').hidden = true;
		error.textContent = failure.message;
		error.hidden = false;
	}
	await refreshCounts();
}

document.getElementById('load-form').addEventListener('submit', runLoad);
renderSchema();
setInterval(refreshCounts, REFRESH_MILLIS);
