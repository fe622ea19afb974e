"""Versioned schema migrations for both stores: one list, applied in order, each atomically.

SQLite records the version in PRAGMA user_version; PostgreSQL in its `schema_migrations`
table (one row per migration applied, with its name and time). The scripts are SQLite DDL;
on PostgreSQL `dialect.pg_ddl` maps their types, and `POSTGRES_SCRIPTS` replaces the few
statements that have no shared spelling (SQLite's JSON editing functions)."""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import Any

from server_stub.kb.text import expand_bigrams
from server_stub.store import dialect

log = logging.getLogger(__name__)

_V1 = """
CREATE TABLE teams (
    name TEXT PRIMARY KEY,
    display_name TEXT NOT NULL
);
CREATE TABLE agents (
    agent_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
    team TEXT REFERENCES teams(name),
    password_hash TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    wrap_up_seconds REAL,
    max_no_answer INTEGER NOT NULL DEFAULT 1,
    no_answer_delay_time REAL NOT NULL DEFAULT 0,
    busy_delay_time REAL NOT NULL DEFAULT 5,
    reject_delay_time REAL NOT NULL DEFAULT 5,
    last_state TEXT,
    created_at REAL NOT NULL
);
CREATE TABLE queues (
    name TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    strategy TEXT NOT NULL DEFAULT 'longest-idle-agent',
    ring_timeout REAL NOT NULL DEFAULT 15,
    wrap_up_seconds REAL NOT NULL DEFAULT 30,
    max_wait_time REAL NOT NULL DEFAULT 0,
    max_wait_time_with_no_agent REAL NOT NULL DEFAULT 0,
    overflow_target TEXT,
    join_empty INTEGER NOT NULL DEFAULT 1,
    leave_when_empty INTEGER NOT NULL DEFAULT 0,
    tier_rules_apply INTEGER NOT NULL DEFAULT 0,
    tier_rule_wait_second REAL NOT NULL DEFAULT 0,
    tier_rule_wait_multiply_level INTEGER NOT NULL DEFAULT 1,
    tier_rule_no_agent_no_wait INTEGER NOT NULL DEFAULT 0,
    service_level_threshold REAL NOT NULL DEFAULT 20,
    short_abandon_threshold REAL NOT NULL DEFAULT 5,
    music_on_hold TEXT
);
CREATE TABLE queue_members (
    agent_id TEXT NOT NULL REFERENCES agents(agent_id) ON DELETE CASCADE,
    queue TEXT NOT NULL REFERENCES queues(name) ON DELETE CASCADE,
    level INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (agent_id, queue)
);
CREATE TABLE dids (
    number TEXT PRIMARY KEY,
    queue TEXT REFERENCES queues(name),
    ivr TEXT,
    description TEXT
);
CREATE TABLE reason_codes (
    code TEXT PRIMARY KEY,
    label_en TEXT NOT NULL,
    label_zh TEXT NOT NULL,
    paid INTEGER NOT NULL DEFAULT 0,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE dispositions (
    code TEXT PRIMARY KEY,
    label_en TEXT NOT NULL,
    label_zh TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    company TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE customer_phones (
    phone TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    PRIMARY KEY (phone, customer_id)
);
CREATE INDEX customer_phones_customer ON customer_phones(customer_id);
CREATE TABLE calls (
    id TEXT PRIMARY KEY,
    direction TEXT NOT NULL,
    state TEXT NOT NULL,
    ani TEXT,
    dnis TEXT,
    queue TEXT,
    agent_id TEXT,
    customer_id INTEGER,
    ivr_path TEXT,
    started_at REAL NOT NULL,
    queued_at REAL,
    answered_at REAL,
    ended_at REAL,
    wait_seconds REAL,
    talk_seconds REAL,
    hold_seconds REAL,
    disposition TEXT,
    note TEXT,
    recording_id TEXT,
    end_cause TEXT
);
CREATE INDEX calls_started ON calls(started_at);
CREATE INDEX calls_agent ON calls(agent_id, started_at);
CREATE INDEX calls_ani ON calls(ani, started_at);
CREATE INDEX calls_customer ON calls(customer_id, started_at);
CREATE INDEX calls_state ON calls(state);
CREATE TABLE call_legs (
    id TEXT PRIMARY KEY,
    call_id TEXT NOT NULL REFERENCES calls(id),
    kind TEXT NOT NULL,
    peer TEXT,
    worker_id TEXT,
    started_at REAL NOT NULL,
    answered_at REAL,
    ended_at REAL,
    end_cause TEXT
);
CREATE INDEX call_legs_call ON call_legs(call_id);
CREATE TABLE queue_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time REAL NOT NULL,
    callid TEXT NOT NULL,
    queuename TEXT NOT NULL,
    agent TEXT NOT NULL,
    event TEXT NOT NULL,
    data1 TEXT NOT NULL DEFAULT '',
    data2 TEXT NOT NULL DEFAULT '',
    data3 TEXT NOT NULL DEFAULT '',
    data4 TEXT NOT NULL DEFAULT '',
    data5 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX queue_log_time ON queue_log(time);
CREATE TABLE agent_state_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    agent_id TEXT NOT NULL,
    at REAL NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    reason TEXT,
    call_id TEXT,
    actor TEXT
);
CREATE INDEX agent_state_log_agent ON agent_state_log(agent_id, at);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id TEXT,
    customer_id INTEGER,
    agent_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX notes_customer ON notes(customer_id);
CREATE TABLE recordings (
    id TEXT PRIMARY KEY,
    call_id TEXT NOT NULL,
    path TEXT NOT NULL,
    started_at REAL NOT NULL,
    duration REAL,
    size INTEGER
);
CREATE INDEX recordings_call ON recordings(call_id);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    actor TEXT,
    action TEXT NOT NULL,
    target TEXT,
    detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents(agent_id) ON DELETE CASCADE,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    revoked_at REAL
);
CREATE INDEX sessions_agent ON sessions(agent_id);
CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Knowledge base (知识库). The FTS tables are kept in step by server_stub/store/kb_sqlite.py in the
# same transaction as the article rows (no triggers), so every statement here is plain.
_V2 = """
CREATE TABLE kb_categories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id INTEGER REFERENCES kb_categories(id),
    name TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX kb_categories_parent ON kb_categories(parent_id);
CREATE TABLE kb_articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    category_id INTEGER REFERENCES kb_categories(id),
    tags TEXT NOT NULL DEFAULT '[]',
    queues TEXT NOT NULL DEFAULT '[]',
    ivr_paths TEXT NOT NULL DEFAULT '[]',
    author TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    deleted_at REAL
);
CREATE INDEX kb_articles_category ON kb_articles(category_id);
CREATE TABLE kb_article_queues (
    article_id INTEGER NOT NULL REFERENCES kb_articles(id),
    queue TEXT NOT NULL,
    PRIMARY KEY (queue, article_id)
);
CREATE INDEX kb_article_queues_article ON kb_article_queues(article_id);
CREATE TABLE kb_article_versions (
    article_id INTEGER NOT NULL REFERENCES kb_articles(id),
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    category_id INTEGER,
    tags TEXT NOT NULL,
    queues TEXT NOT NULL,
    ivr_paths TEXT NOT NULL,
    author TEXT NOT NULL,
    action TEXT NOT NULL,
    edited_at REAL NOT NULL,
    PRIMARY KEY (article_id, version)
);
CREATE TABLE kb_attachments (
    id TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES kb_articles(id),
    kind TEXT NOT NULL CHECK (kind IN ('audio')),
    title TEXT NOT NULL,
    media_ref TEXT NOT NULL,
    duration_seconds REAL,
    created_at REAL NOT NULL
);
CREATE INDEX kb_attachments_article ON kb_attachments(article_id);
CREATE VIRTUAL TABLE kb_fts USING fts5(title, body, tags, tokenize = 'trigram');
CREATE VIRTUAL TABLE kb_fts_short USING fts5(title, body, tags, tokenize = 'unicode61')
"""


# v3: a one-character prefix index on the short-term (bigram) index, so single-character
# Chinese queries such as 退 are index lookups (bench/kb_search.py: p95 63.9 -> 36.9 ms).
_V3 = """
CREATE VIRTUAL TABLE kb_fts_short_v3 USING fts5(title, body, tags, tokenize = 'unicode61',
                                                prefix = '1');
INSERT INTO kb_fts_short_v3 (rowid, title, body, tags)
    SELECT rowid, title, body, tags FROM kb_fts_short;
DROP TABLE kb_fts_short;
ALTER TABLE kb_fts_short_v3 RENAME TO kb_fts_short
"""


# issue 21 (faults): the system's not-ready reason for an agent whose softphone is
# unreachable, so desktops and the supervisor grid can name it in both languages; what
# became of each call's recording (NULL: none made; complete, partial or failed).
_V4_ISSUE21 = """
INSERT INTO reason_codes (code, label_en, label_zh, paid, sort)
    VALUES ('phone_offline', 'Phone offline', '话机离线', 1, 90) ON CONFLICT DO NOTHING;
ALTER TABLE calls ADD COLUMN recording_status TEXT;
ALTER TABLE recordings ADD COLUMN status TEXT NOT NULL DEFAULT 'complete'
"""


# Issue 12: desktops an agent signed in from before (hash of the desktop's device ID); the
# sign-in limiter lets the right password from one through while strangers are locked out.
_V5_ISSUE12_KNOWN_DEVICES = """
CREATE TABLE known_devices (
    agent_id TEXT NOT NULL REFERENCES agents(agent_id) ON DELETE CASCADE,
    device_hash TEXT NOT NULL,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL,
    PRIMARY KEY (agent_id, device_hash)
);
CREATE INDEX audit_log_action_at ON audit_log(action, at)
"""


# v6 (issue 13, administration): custom roles, team leads, agents' caller ID, session limit
# and forced password change, the remaining router settings of queues, greetings,
# per-queue dispositions and uploaded prompts.
_V6_ISSUE13 = """
ALTER TABLE agents ADD COLUMN role_name TEXT;
ALTER TABLE agents ADD COLUMN outbound_caller_id TEXT;
ALTER TABLE agents ADD COLUMN max_sessions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agents ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE teams ADD COLUMN lead TEXT;
ALTER TABLE queues ADD COLUMN max_wait_time_with_no_agent_time_reached REAL NOT NULL DEFAULT 5;
ALTER TABLE queues ADD COLUMN max_len INTEGER NOT NULL DEFAULT 0;
ALTER TABLE queues ADD COLUMN weight INTEGER NOT NULL DEFAULT 0;
ALTER TABLE queues ADD COLUMN greeting TEXT;
ALTER TABLE queues ADD COLUMN empty_factors TEXT NOT NULL DEFAULT 'paused';
ALTER TABLE dispositions ADD COLUMN queue TEXT;
CREATE TABLE roles (
    name TEXT PRIMARY KEY,
    base TEXT NOT NULL CHECK (base IN ('agent', 'lead', 'admin')),
    permissions TEXT NOT NULL DEFAULT '[]',
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE prompts (
    name TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    duration REAL NOT NULL,
    size INTEGER NOT NULL,
    created_at REAL NOT NULL
)
"""


# v7 (issue 11): a queue may require a disposition before its agents leave wrap-up by hand.
_V7_ISSUE11_DISPOSITION_REQUIRED = """
ALTER TABLE queues ADD COLUMN disposition_required INTEGER NOT NULL DEFAULT 0
"""


# v8 (issue 16, branch r16rep): reports. The caller's survey score (issue 14's IVR fills
# it), each handled call's wrap-up time (for AHT), when each agent state ended (the next
# change closes the row: state times without a window over the log), and indexes.
_V8_R16REP_REPORTS = """
ALTER TABLE calls ADD COLUMN satisfaction INTEGER;
ALTER TABLE calls ADD COLUMN wrap_up_seconds REAL;
CREATE INDEX calls_dnis ON calls(dnis, started_at);
CREATE INDEX queue_log_event_time ON queue_log(event, time);
ALTER TABLE agent_state_log ADD COLUMN ended_at REAL;
UPDATE agent_state_log SET ended_at = n.next_at FROM (
    SELECT id, lead(at) OVER (PARTITION BY agent_id ORDER BY at, id) AS next_at
    FROM agent_state_log) AS n WHERE n.id = agent_state_log.id;
CREATE INDEX agent_state_log_at ON agent_state_log(at);
CREATE INDEX agent_state_log_times ON agent_state_log(agent_id, at, to_state, reason, ended_at);
CREATE INDEX agent_state_log_ended ON agent_state_log(ended_at)
"""


# v9 (issue 16, branch q16qa): quality assurance (质检): scoring forms and their versions,
# evaluations of recorded calls (answers, comments at time positions, the agent's acknowledgement or
# dispute and its resolution). See server_stub/store/qa.py.
_V9_Q16QA_QA = """
CREATE TABLE qa_forms (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    version INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE qa_form_versions (
    form_id INTEGER NOT NULL REFERENCES qa_forms(id),
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    sections TEXT NOT NULL,
    created_by TEXT,
    created_at REAL NOT NULL,
    PRIMARY KEY (form_id, version)
);
CREATE TABLE qa_evaluations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id TEXT NOT NULL UNIQUE REFERENCES calls(id),
    recording_id TEXT,
    agent_id TEXT NOT NULL,
    evaluator TEXT NOT NULL,
    form_id INTEGER NOT NULL,
    form_version INTEGER NOT NULL,
    score REAL NOT NULL,
    critical_failed INTEGER NOT NULL,
    sections TEXT NOT NULL,
    answers TEXT NOT NULL,
    comments TEXT NOT NULL DEFAULT '[]',
    summary TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    created_at REAL NOT NULL,
    call_started_at REAL,
    acknowledged_at REAL,
    dispute_reason TEXT,
    disputed_at REAL,
    resolution TEXT,
    resolved_by TEXT,
    resolved_at REAL,
    original_score REAL,
    FOREIGN KEY (form_id, form_version) REFERENCES qa_form_versions(form_id, version)
);
CREATE INDEX qa_evaluations_agent ON qa_evaluations(agent_id, created_at);
CREATE INDEX qa_evaluations_created ON qa_evaluations(created_at)
"""


# v10 (issue 22, branch v22net): per-leg call quality measured by the media worker (RTCP, MOS).
_V10_V22NET_CALL_QUALITY = """
ALTER TABLE calls ADD COLUMN customer_loss_pct REAL;
ALTER TABLE calls ADD COLUMN customer_jitter_ms REAL;
ALTER TABLE calls ADD COLUMN customer_rtt_ms REAL;
ALTER TABLE calls ADD COLUMN customer_mos REAL;
ALTER TABLE calls ADD COLUMN customer_worst_mos REAL;
ALTER TABLE calls ADD COLUMN customer_worst_at REAL;
ALTER TABLE calls ADD COLUMN agent_loss_pct REAL;
ALTER TABLE calls ADD COLUMN agent_jitter_ms REAL;
ALTER TABLE calls ADD COLUMN agent_rtt_ms REAL;
ALTER TABLE calls ADD COLUMN agent_mos REAL;
ALTER TABLE calls ADD COLUMN agent_worst_mos REAL;
ALTER TABLE calls ADD COLUMN agent_worst_at REAL
"""


# v11 (issue 18, branch t18): tickets (工单) with types, SLA, comments, call links, history;
# announcements (公告) with read receipts; SMS (短信) templates and the message log.
_V11_T18_TICKETS = """
CREATE TABLE ticket_types (
    name TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sla_minutes TEXT NOT NULL DEFAULT '{}'
);
INSERT INTO ticket_types (name, display_name, sla_minutes) VALUES
    ('complaint', '投诉 Complaint', '{"urgent": 240, "high": 480, "normal": 1440, "low": 4320}'),
    ('enquiry', '咨询 Enquiry', '{"urgent": 480, "high": 1440, "normal": 2880, "low": 7200}'),
    ('suggestion', '建议 Suggestion', '{"urgent": 1440, "high": 4320, "normal": 10080}');
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL REFERENCES ticket_types(name),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL,
    status TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers(id),
    assignee TEXT,
    team TEXT,
    created_by TEXT NOT NULL,
    created_team TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    due_at REAL,
    resolved_at REAL,
    closed_at REAL
);
CREATE INDEX tickets_customer ON tickets(customer_id, status);
CREATE INDEX tickets_assignee ON tickets(assignee, status);
CREATE INDEX tickets_team ON tickets(team, status);
CREATE INDEX tickets_updated ON tickets(updated_at);
CREATE TABLE ticket_calls (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    call_id TEXT NOT NULL,
    PRIMARY KEY (ticket_id, call_id)
);
CREATE INDEX ticket_calls_call ON ticket_calls(call_id);
CREATE TABLE ticket_comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX ticket_comments_ticket ON ticket_comments(ticket_id, id);
CREATE TABLE ticket_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    at REAL NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    changes TEXT NOT NULL DEFAULT '{}',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_history_ticket ON ticket_history(ticket_id, id);
CREATE TABLE announcements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    teams TEXT NOT NULL DEFAULT '[]',
    posted_by TEXT NOT NULL,
    created_at REAL NOT NULL,
    expires_at REAL
);
CREATE INDEX announcements_created ON announcements(created_at);
CREATE TABLE announcement_reads (
    announcement_id INTEGER NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    agent_id TEXT NOT NULL,
    read_at REAL NOT NULL,
    PRIMARY KEY (announcement_id, agent_id)
);
CREATE TABLE sms_templates (
    name TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE sms_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER REFERENCES customers(id),
    phone TEXT NOT NULL,
    text TEXT NOT NULL,
    template TEXT,
    sent_by TEXT NOT NULL,
    created_at REAL NOT NULL,
    status TEXT NOT NULL,
    gateway TEXT,
    gateway_id TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at REAL
);
CREATE INDEX sms_messages_customer ON sms_messages(customer_id, created_at);
CREATE INDEX sms_messages_created ON sms_messages(created_at)
"""


# v12 (issue 18, branch c18): customer records as a CRM: owner or the shared pool (公共池),
# custom fields (客户字段配置), follow-ups and appointments (跟进记录/预约), a phonebook (通讯录),
# and the search indexes (trigram for terms of 3+ characters, CJK bigrams for shorter ones)
# that store/customers.py keeps in step with every write.
_V12_C18_CUSTOMERS = """
ALTER TABLE customers ADD COLUMN owner_id TEXT;
ALTER TABLE customers ADD COLUMN custom TEXT NOT NULL DEFAULT '{}';
CREATE INDEX customers_owner ON customers(owner_id, id);
CREATE TABLE customer_fields (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    label_zh TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '[]',
    required INTEGER NOT NULL DEFAULT 0,
    sort INTEGER NOT NULL DEFAULT 0,
    updated_at REAL NOT NULL
);
CREATE TABLE customer_follow_ups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    agent_id TEXT NOT NULL,
    call_id TEXT,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    next_at REAL,
    appointment_at REAL,
    appointment_done INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL
);
CREATE INDEX customer_follow_ups_customer ON customer_follow_ups(customer_id, created_at);
CREATE INDEX customer_follow_ups_appointments ON customer_follow_ups(agent_id, appointment_at)
    WHERE appointment_at IS NOT NULL AND appointment_done = 0;
CREATE TABLE phonebook (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    number TEXT NOT NULL,
    company TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    updated_at REAL NOT NULL
);
CREATE VIRTUAL TABLE customer_fts USING fts5(body, tokenize = 'trigram');
CREATE VIRTUAL TABLE customer_fts_short USING fts5(body, tokenize = 'unicode61',
    detail = 'column');
INSERT INTO customer_fts (rowid, body)
    SELECT c.id, c.name || ' ' || coalesce(c.company, '') || ' ' || c.tags || ' '
        || coalesce((SELECT group_concat(p.phone, ' ') FROM customer_phones p
                     WHERE p.customer_id = c.id), '')
    FROM customers c;
INSERT INTO customer_fts_short (rowid, body)
    SELECT rowid, cjk_bigrams(body) FROM customer_fts
"""


# v13 (issue 14, branch f14): inbound flows as versioned documents, time groups and their
# forced overrides (强制处理), voicemail messages, callback requests; the flow and version
# each call went through.
_V13_F14_FLOWS = """
CREATE TABLE flows (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    published_version INTEGER,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE flow_versions (
    flow_id TEXT NOT NULL REFERENCES flows(id),
    version INTEGER NOT NULL,
    document TEXT NOT NULL,
    created_by TEXT,
    created_at REAL NOT NULL,
    published_at REAL,
    PRIMARY KEY (flow_id, version)
);
CREATE TABLE time_groups (
    name TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE time_overrides (
    time_group TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'holiday')),
    until REAL,
    note TEXT NOT NULL DEFAULT '',
    set_by TEXT,
    set_at REAL NOT NULL
);
CREATE TABLE voicemails (
    id TEXT PRIMARY KEY,
    call_id TEXT NOT NULL,
    box TEXT NOT NULL,
    ani TEXT,
    path TEXT NOT NULL,
    seconds REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'new',
    created_at REAL NOT NULL
);
CREATE INDEX voicemails_box ON voicemails(box, created_at);
CREATE TABLE callback_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id TEXT NOT NULL,
    queue TEXT NOT NULL,
    number TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    created_at REAL NOT NULL
);
ALTER TABLE calls ADD COLUMN flow_id TEXT;
ALTER TABLE calls ADD COLUMN flow_version INTEGER
"""


# v14 (issue 18, branch i18): webhooks with their delivery log (store/webhooks.py), and the
# CRM URL pop of queues and inbound numbers.
_V14_I18_WEBHOOKS = """
CREATE TABLE webhooks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL,
    events TEXT NOT NULL,
    secret TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_by TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE webhook_deliveries (
    id TEXT PRIMARY KEY,
    webhook_id INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    next_attempt_at REAL,
    last_attempt_at REAL,
    status_code INTEGER,
    error TEXT,
    delivered_at REAL
);
CREATE INDEX webhook_deliveries_hook ON webhook_deliveries(webhook_id, created_at);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(status, next_attempt_at);
ALTER TABLE queues ADD COLUMN pop_url TEXT;
ALTER TABLE queues ADD COLUMN pop_on TEXT NOT NULL DEFAULT 'ring';
ALTER TABLE dids ADD COLUMN pop_url TEXT;
ALTER TABLE dids ADD COLUMN pop_on TEXT NOT NULL DEFAULT 'ring'
"""


# v15 (issue 15, branch c15): a conference's caller and consulted party stay connected when
# its host hangs up, per queue (docs/call-control.md).
_V15_C15_CONFERENCE_STAYS = """
ALTER TABLE queues ADD COLUMN conference_stays INTEGER NOT NULL DEFAULT 0;
"""


# v16 (issue 17, branch o17s): outbound campaigns (外呼任务): campaigns, their contacts,
# every attempt, the agents who joined, and the do-not-call list (docs/outbound.md).
_V16_O17_CAMPAIGNS = """
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    mode TEXT NOT NULL,
    queue TEXT NOT NULL,
    caller_id TEXT NOT NULL,
    config TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'draft',
    dial_level REAL NOT NULL DEFAULT 1.0,
    created_by TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE campaign_contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL NOT NULL DEFAULT 0,
    reserved_by TEXT,
    last_result TEXT,
    disposition TEXT,
    skip_reason TEXT,
    updated_at REAL NOT NULL,
    UNIQUE (campaign_id, number)
);
CREATE INDEX campaign_contacts_due ON campaign_contacts(campaign_id, status, next_at);
CREATE TABLE campaign_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES campaign_contacts(id) ON DELETE CASCADE,
    call_id TEXT,
    agent_id TEXT,
    started_at REAL NOT NULL,
    ended_at REAL,
    result TEXT,
    end_cause TEXT
);
CREATE INDEX campaign_attempts_contact ON campaign_attempts(contact_id, started_at);
CREATE INDEX campaign_attempts_campaign ON campaign_attempts(campaign_id, started_at);
CREATE TABLE campaign_agents (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    agent_id TEXT NOT NULL,
    joined_at REAL NOT NULL,
    PRIMARY KEY (campaign_id, agent_id)
);
CREATE TABLE dnc_numbers (
    number TEXT PRIMARY KEY,
    note TEXT NOT NULL DEFAULT '',
    added_by TEXT,
    added_at REAL NOT NULL
)
"""


# v17 (issue 19, branch r19): the system's not-ready reason for an agent whose desktop
# vanished (no event stream and the softphone unregistered), named in both languages.
_V17_R19_UNREACHABLE = """
INSERT INTO reason_codes (code, label_en, label_zh, paid, sort)
    VALUES ('unreachable', 'Unreachable (desktop gone)', '失联（桌面已断开）', 1, 91)
    ON CONFLICT DO NOTHING
"""


# v18 (issue 15, branch c15b): an agent's part of a call it did not finish (attended
# transfer, take over, blind transfer) keeps its own talk, hold and wrap-up on its
# `call_legs` row (kind "agent"), so reports credit each agent with its part.
_V18_C15B_AGENT_PARTS = """
ALTER TABLE call_legs ADD COLUMN talk_seconds REAL;
ALTER TABLE call_legs ADD COLUMN hold_seconds REAL;
ALTER TABLE call_legs ADD COLUMN wrap_up_seconds REAL;
CREATE INDEX call_legs_peer ON call_legs(peer, kind)
"""


# v19 (issue 14, branch q14), around the queue (docs/flows.md): black and white lists of
# numbers (黑白名单), exact or prefix (号段), inbound/outbound/both; per queue, the position
# and wait announcement every N seconds (0: none) and the agent's ID announced (座席自动报号),
# the key that leaves a callback keeping the caller's place (回电), callbacks' attempts;
# sticky agent (来电记忆: N days, wait M s) and VIP priority by a customer tag.
_V19_Q14_AROUND_THE_QUEUE = """
CREATE TABLE number_lists (
    id INTEGER PRIMARY KEY,
    list TEXT NOT NULL CHECK (list IN ('black', 'white')),
    number TEXT NOT NULL,
    direction TEXT NOT NULL DEFAULT 'both' CHECK (direction IN ('inbound', 'outbound', 'both')),
    note TEXT NOT NULL DEFAULT '',
    created_by TEXT,
    created_at REAL NOT NULL,
    UNIQUE (list, number, direction)
);
ALTER TABLE queues ADD COLUMN announce_every REAL NOT NULL DEFAULT 0;
ALTER TABLE queues ADD COLUMN announce_agent_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE queues ADD COLUMN callback_key TEXT NOT NULL DEFAULT '';
ALTER TABLE callback_requests ADD COLUMN dnis TEXT;
ALTER TABLE callback_requests ADD COLUMN joined_at REAL;
ALTER TABLE callback_requests ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE callback_requests ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE callback_requests ADD COLUMN last_call_id TEXT;
ALTER TABLE callback_requests ADD COLUMN agent_id TEXT;
ALTER TABLE callback_requests ADD COLUMN outcome TEXT;
ALTER TABLE callback_requests ADD COLUMN updated_at REAL;
ALTER TABLE queues ADD COLUMN sticky_days REAL NOT NULL DEFAULT 0;
ALTER TABLE queues ADD COLUMN sticky_wait REAL NOT NULL DEFAULT 20;
ALTER TABLE queues ADD COLUMN vip_tag TEXT NOT NULL DEFAULT '';
ALTER TABLE queues ADD COLUMN vip_priority INTEGER NOT NULL DEFAULT 10
"""


# issue 14 (q14c): the number-area table (号码归属地) the admin imports, for area routing.
_V21_Q14C_NUMBER_AREAS = """
CREATE TABLE number_areas (
    prefix TEXT PRIMARY KEY,
    province TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    imported_by TEXT,
    imported_at REAL NOT NULL
)
"""

# v22 (issue 14, branch v14d): voicemail in the desktop: who handled a message and when, the
# latest call placed back to the caller from it.
_V22_V14D_VOICEMAIL_HANDLED = """
ALTER TABLE voicemails ADD COLUMN handled_by TEXT;
ALTER TABLE voicemails ADD COLUMN handled_at REAL;
ALTER TABLE voicemails ADD COLUMN callback_call_id TEXT;
CREATE INDEX voicemails_status ON voicemails(status, created_at)
"""


# Each migration is a SQL script of plain statements (no semicolons inside literals).
# v20 (issue 15, branch c15d): the queue an agent's part of a call was handled in (the
# queues report's AHT counts each agent's part there), and the new `pickup` permission
# (代答) given to the custom roles that exist, which could pick up before it existed.
_V20_C15D_PICKUP_AND_PART_QUEUES = """
ALTER TABLE call_legs ADD COLUMN queue TEXT;
UPDATE roles SET permissions = json_insert(permissions, '$[#]', 'pickup')
WHERE NOT EXISTS (SELECT 1 FROM json_each(roles.permissions) WHERE value = 'pickup')
"""


MIGRATIONS: list[str] = [
    _V1,
    _V2,
    _V3,
    _V4_ISSUE21,
    _V5_ISSUE12_KNOWN_DEVICES,
    _V6_ISSUE13,
    _V7_ISSUE11_DISPOSITION_REQUIRED,
    _V8_R16REP_REPORTS,
    _V9_Q16QA_QA,
    _V10_V22NET_CALL_QUALITY,
    _V11_T18_TICKETS,
    _V12_C18_CUSTOMERS,
    _V13_F14_FLOWS,
    _V14_I18_WEBHOOKS,
    _V15_C15_CONFERENCE_STAYS,  # issue 15: the others stay when a conference's host leaves
    _V16_O17_CAMPAIGNS,  # issue 17: outbound campaigns and the do-not-call list
    _V17_R19_UNREACHABLE,  # issue 19: agents whose desktop vanished
    _V18_C15B_AGENT_PARTS,  # issue 15: each agent's part of a transferred call, for reports
    _V19_Q14_AROUND_THE_QUEUE,  # issue 14: number lists, queue announcements
    _V20_C15D_PICKUP_AND_PART_QUEUES,  # issue 15: parts' queues, the pickup permission
    _V21_Q14C_NUMBER_AREAS,  # issue 14: number areas (号码归属地) for area routing
    _V22_V14D_VOICEMAIL_HANDLED,  # issue 14: voicemail handled in the desktop
]
SCHEMA_VERSION = len(MIGRATIONS)

# PostgreSQL only, after a version's script: a rowid where the shared SQL orders by it
# (SQLite's hidden insertion order of a table keyed by text).
POSTGRES_AFTER: dict[int, str] = {
    14: "ALTER TABLE webhook_deliveries ADD COLUMN rowid BIGINT GENERATED BY DEFAULT AS IDENTITY",
}

# Migrations (by version) written differently for PostgreSQL.
POSTGRES_SCRIPTS: dict[int, str] = {
    20: """
ALTER TABLE call_legs ADD COLUMN queue TEXT;
UPDATE roles SET permissions = CAST(CAST(permissions AS jsonb) || '["pickup"]' AS text)
WHERE NOT EXISTS (SELECT 1 FROM json_each(roles.permissions) WHERE value = 'pickup')
""",
}


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration newer than the database's user_version, each atomically."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    _check_version(current)
    # v12 fills the customers' short-term search index with the Python bigram expansion
    conn.create_function("cjk_bigrams", 1, expand_bigrams, deterministic=True)
    for version in range(current + 1, SCHEMA_VERSION + 1):
        statements = [s.strip() for s in MIGRATIONS[version - 1].split(";") if s.strip()]
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _check_version(current: int) -> None:
    if current > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {current} is newer than this server ({SCHEMA_VERSION})"
        )


def _migration_name(version: int) -> str:
    for name, value in globals().items():
        if name.startswith("_V") and value is MIGRATIONS[version - 1]:
            return name.lstrip("_")
    return f"V{version}"


def migrate_postgres(conn: dialect.PgConnection) -> int:
    """The same list on PostgreSQL; each version is one transaction recorded in
    `schema_migrations`. A second server starting at the same time waits on the lock."""
    raw: Any = conn.raw
    with raw.transaction():
        raw.execute("SELECT pg_advisory_xact_lock(7719)")  # one migrator at a time
        raw.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "name TEXT NOT NULL, applied_at DOUBLE PRECISION NOT NULL)"
        )
        current = raw.execute("SELECT coalesce(max(version), 0) FROM schema_migrations")
        current = current.fetchone()[0]
        _check_version(current)
        for shim in dialect.POSTGRES_SHIMS:
            raw.execute(shim)
        for version in range(current + 1, SCHEMA_VERSION + 1):
            script = POSTGRES_SCRIPTS.get(version, MIGRATIONS[version - 1])
            script += ";" + POSTGRES_AFTER.get(version, "")
            for statement in (s.strip() for s in script.split(";") if s.strip()):
                raw.execute(dialect.to_postgres(dialect.pg_ddl(statement), placeholders=False))
            raw.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (%s, %s, %s)",
                [version, _migration_name(version), time.time()],
            )
            log.info("PostgreSQL schema migrated to %d (%s)", version, _migration_name(version))
    conn.forget_schema()
    return SCHEMA_VERSION
