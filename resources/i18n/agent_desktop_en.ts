<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AdminHost</name>
    <message>
        <location filename="../../agent_desktop/admin/host.py" line="97" />
        <source>Password changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/host.py" line="113" />
        <source>Change &amp;password…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminPresenter</name>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="109" />
        <source>Could not load %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="187" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="197" />
        <source>%1 saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="209" />
        <source>Not deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="215" />
        <source>%1 deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="226" />
        <source>Test not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="229" />
        <source>Webhook %1 answered HTTP %2 in %3 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="233" />
        <source>Webhook %1 did not take the test: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="245" />
        <source>Password not reset: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="249" />
        <source>Password of %1 reset: it must be changed at the next sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="264" />
        <source>Not exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="271" />
        <source>Agents exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="288" />
        <source>Not uploaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="292" />
        <source>%1 uploaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="306" />
        <source>Cannot play %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <location filename="../../agent_desktop/admin/tab.py" line="85" />
        <source>Read-only: ask an administrator for changes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminTexts</name>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="36" />
        <location filename="../../agent_desktop/admin/texts.py" line="68" />
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="37" />
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="38" />
        <location filename="../../agent_desktop/admin/texts.py" line="59" />
        <source>Queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="39" />
        <location filename="../../agent_desktop/admin/texts.py" line="106" />
        <source>Numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="40" />
        <source>Reason codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="41" />
        <source>Dispositions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="42" />
        <source>Prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="43" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="44" />
        <source>Webhooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="45" />
        <source>Number lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="52" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="54" />
        <source>Agent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="55" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="56" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="57" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="58" />
        <source>Skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="60" />
        <source>Outbound caller ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="61" />
        <source>Max sessions (0 = any)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="62" />
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="63" />
        <source>Initial password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="64" />
        <source>Change at first sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="65" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="66" />
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="67" />
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="69" />
        <source>Strategy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="70" />
        <source>Ring time (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="71" />
        <source>Wrap-up (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="72" />
        <source>Disposition required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="73" />
        <source>Conference stays on hang-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="74" />
        <source>Announce position every (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="75" />
        <source>Announce the agent's ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="76" />
        <source>Callback key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="77" />
        <source>Last agent first (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="78" />
        <source>Wait for last agent (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="79" />
        <source>VIP customer tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="80" />
        <source>VIP priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="81" />
        <source>Max wait (s, 0 = none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="82" />
        <source>Max wait with no agent (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="83" />
        <source>Overflow to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="84" />
        <source>Join when no agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="85" />
        <source>Leave when no agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="86" />
        <source>Empty if all agents are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="87" />
        <source>Max callers (0 = any)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="88" />
        <source>Escalate by level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="89" />
        <source>Wait per level (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="90" />
        <source>Service level (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="91" />
        <source>Short abandon (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="92" />
        <source>Music on hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="93" />
        <source>Greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="94" />
        <source>CRM pop URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="95" />
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="96" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="97" />
        <source>Secret (16+ characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="98" />
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="99" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="100" />
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="101" />
        <source>Black or white list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="102" />
        <source>Applies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="103" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="104" />
        <source>Open the CRM page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="105" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="107" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="108" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="109" />
        <source>IVR flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="110" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="111" />
        <source>Label (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="112" />
        <source>Label (Chinese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="113" />
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="114" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="115" />
        <source>Length (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="116" />
        <source>Size (bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="117" />
        <source>Used by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="118" />
        <source>Based on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="119" />
        <source>Built-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="120" />
        <source>Permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="121" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="122" />
        <source>Audio file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="123" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="124" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="129" />
        <source>See the team (states, calls, records)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="130" />
        <source>Listen and whisper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="131" />
        <source>Barge in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="132" />
        <source>Force states, end calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="133" />
        <source>Play others' recordings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="134" />
        <source>Export reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="135" />
        <source>Edit the knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="136" />
        <source>Manage customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="137" />
        <source>Manage agents, teams, roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="138" />
        <source>Manage queues, numbers, codes, prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="139" />
        <source>See the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="140" />
        <source>Score recorded calls (QA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="141" />
        <source>Edit QA scoring forms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="142" />
        <source>Manage webhooks (integration)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="143" />
        <source>Pick up colleagues' ringing calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="149" />
        <source>Longest idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="150" />
        <source>Round robin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="151" />
        <source>Fewest calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="152" />
        <source>Least talk time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="153" />
        <source>Random</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="154" />
        <source>Top-down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="155" />
        <source>Ring all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="156" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="157" />
        <source>Team lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="158" />
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="159" />
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="160" />
        <location filename="../../agent_desktop/admin/texts.py" line="165" />
        <source>Not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="161" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="162" />
        <location filename="../../agent_desktop/admin/texts.py" line="166" />
        <source>Ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="163" />
        <location filename="../../agent_desktop/admin/texts.py" line="169" />
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="164" />
        <location filename="../../agent_desktop/admin/texts.py" line="170" />
        <source>Wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="167" />
        <source>When it rings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="168" />
        <source>When answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="175" />
        <source>%1 *:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="175" />
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="182" />
        <source>a password needs at least %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="183" />
        <source>a password may not start or end with spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="184" />
        <source>a password may not contain the agent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="185" />
        <source>the new password must differ from the old one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="197" />
        <source>Already taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="198" />
        <source>No such entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="199" />
        <source>Still in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="200" />
        <source>Password not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="201" />
        <source>Wrong password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="202" />
        <source>Not an audio file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="203" />
        <source>File too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="204" />
        <source>You cannot delete yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="205" />
        <source>Not in your teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="206" />
        <source>Not allowed for your role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="207" />
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="208" />
        <source>Invalid value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="209" />
        <source>Cannot read the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="216" />
        <location filename="../../agent_desktop/admin/texts.py" line="266" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="226" />
        <source>%1 '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="234" />
        <source>an agent ID is 1-32 letters, digits, _ . - (e.g. 2001)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="238" />
        <source>agent %1 is also on line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="241" />
        <source>a name is 1-100 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="242" />
        <source>unknown role '%1' (one of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="243" />
        <source>unknown team '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="244" />
        <source>level of '%1' must be 1-9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="245" />
        <source>unknown queue '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="246" />
        <source>queue '%1' twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="247" />
        <source>a caller ID is 2-32 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="269" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="272" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="275" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgentCampaigns</name>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="129" />
        <source>Joined campaign %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="143" />
        <source>Left campaign %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="185" />
        <source>Dialling %1: your phone rings first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="226" />
        <source>Choose a result first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="229" />
        <source>The call-back time must be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="239" />
        <source>Campaign result saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgentImportForm</name>
    <message>
        <location filename="../../ui/agent_import.ui" line="9" />
        <source>One agent per row under a header row: agent_id, name, role, team, queues (billing:1;sales:2), password (empty or "generate": the server makes one), outbound_caller_id. Chinese headers (工号, 姓名, …) work too. Nothing is imported unless every row is valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="17" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="24" />
        <source>agents.csv or agents.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="29" />
        <source>&amp;Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="47" />
        <source>&amp;Skip bad rows (import the valid ones)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="58" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="63" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgentModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="201" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="202" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="203" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="204" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="205" />
        <source>Time in state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="206" />
        <source>Current call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="207" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="208" />
        <source>Calls today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgentStatePresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/agent_state.py" line="125" />
        <source>Choose a disposition and save the wrap-up first: this queue needs one for every call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/agent_state.py" line="131" />
        <source>State change failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="70" />
        <source>Export agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="72" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="72" />
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="85" />
        <source>Please confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="87" />
        <source>Reset the password of %1? The server makes a new one, and %1 must change it at the next sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="102" />
        <source>Password reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="104" />
        <source>New password of %1: %2
Give it to them in person; they choose their own at the next sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="118" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="119" />
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="120" />
        <source>Reset password…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnouncementBanner</name>
    <message>
        <location filename="../../agent_desktop/announcements/banner.py" line="41" />
        <source>Announcement from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/banner.py" line="46" />
        <source>1 of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/banner.py" line="48" />
        <source>Got it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnouncementsHost</name>
    <message>
        <location filename="../../agent_desktop/announcements/host.py" line="59" />
        <source>Announcements</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnouncementsPage</name>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="79" />
        <source>everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="89" />
        <source>Read by %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="95" />
        <source>not read yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="107" />
        <source>Write the announcement first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="114" />
        <source>Announcement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="115" />
        <source>To teams:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="117" />
        <source>team names, separated by commas; empty: everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="119" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="120" />
        <source>Posted by me (choose one to see who read it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="121" />
        <source>Read receipts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnswerSheet</name>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="62" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="63" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="68" />
        <source>N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="82" />
        <source>%1 (weight %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="103" />
        <source>Weight %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="105" />
        <source>Critical: failing it makes the whole score 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="114" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="114" />
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="94" />
        <source>Edit article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="94" />
        <source>New article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="98" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="99" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="100" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="101" />
        <source>Queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="102" />
        <source>IVR paths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="103" />
        <source>Body (Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="108" />
        <source>comma separated, e.g. refund, 退款</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="109" />
        <source>empty = every queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="110" />
        <source>digit paths, e.g. 2&gt;1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AudioSettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="141" />
        <source>Microphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="142" />
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="143" />
        <source>Ringer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="149" />
        <source>The saved microphone “%1” is not connected: the system default is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="152" />
        <source>The saved speaker “%1” is not connected: the system default is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="155" />
        <source>The saved ringer “%1” is not connected: the system default is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="162" />
        <source>%1: “%2” stopped working. Reconnecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="164" />
        <source>%1: using “%2” until your chosen device is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="166" />
        <source>%1: “%2” works again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="170" />
        <source>Audio settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="171" />
        <source>&amp;Microphone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="172" />
        <source>&amp;Speaker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="173" />
        <source>&amp;Ringer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="176" />
        <source>The ringer plays incoming calls. Choose the computer's speakers to hear calls when the headset is off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="180" />
        <source>Input level:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="181" />
        <source>Your microphone's level (during the test and calls)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="185" />
        <location filename="../../agent_desktop/views/audio_settings.py" line="244" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="185" />
        <location filename="../../agent_desktop/views/audio_settings.py" line="244" />
        <source>Start audio test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="188" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="189" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="210" />
        <source>System default (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="212" />
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="246" />
        <source>Speak: you should hear yourself. The test stops after 15 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="248" />
        <source>Put on your headset, start the test and speak: you should hear yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="263" />
        <source>Cannot do that now: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="93" />
        <source>New campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="94" />
        <source>What the campaign is and who takes its calls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="96" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="97" />
        <source>Mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="98" />
        <source>Queue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="99" />
        <source>Caller ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="100" />
        <source>Key 1 transfers to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="101" />
        <source>Message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="102" />
        <source>Script:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="108" />
        <source>the number customers see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="110" />
        <source>Played by IVR broadcast, and to a customer no agent was free for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="112" />
        <source>What agents say; shown beside the call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="280" />
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="281" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="282" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="283" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="284" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="285" />
        <source>Quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="294" />
        <source>⚠ Poor %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="295" />
        <source>Good %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="295" />
        <source>Fair %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="301" />
        <source>Customer's line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="302" />
        <source>Agent's line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="308" />
        <source>%1: MOS %2 (worst %3), %4 % lost, jitter %5 ms, round trip %6 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="320" />
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="322" />
        <source>IVR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="323" />
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="324" />
        <source>Ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="325" />
        <source>Dialling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="326" />
        <source>Talking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="327" />
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="337" />
        <source>Cannot join the monitored call: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="496" />
        <source>The call has not reached your phone yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="501" />
        <location filename="../../agent_desktop/presenters/call.py" line="776" />
        <source>Cannot answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="513" />
        <location filename="../../agent_desktop/presenters/call.py" line="523" />
        <location filename="../../agent_desktop/presenters/call.py" line="529" />
        <source>Cannot hang up: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="542" />
        <source>Cannot send tones: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="685" />
        <source>Hold is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="688" />
        <source>Hold failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="705" />
        <source>Transfer is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="708" />
        <source>Transfer failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="668" />
        <location filename="../../agent_desktop/presenters/call.py" line="713" />
        <source>Transferred to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="197" />
        <source>Internal call from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="199" />
        <source>%1 consults you about this call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="193" />
        <location filename="../../agent_desktop/presenters/call.py" line="201" />
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="191" />
        <source>Transferred to you by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="217" />
        <source>The call was transferred to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="247" />
        <source>The consult has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="251" />
        <location filename="../../agent_desktop/presenters/call.py" line="277" />
        <source>The internal call has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="417" />
        <source>You took over the call: the agent has left it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="428" />
        <source>Finish the current call before calling a colleague.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="439" />
        <source>Internal calls are not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="443" />
        <source>Calling %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="452" />
        <source>Calling %1: answer your phone (F5), then it rings your colleague.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="462" />
        <source>Finish the current call before picking up another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="473" />
        <source>Pickup is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="478" />
        <source>You may not pick up this call: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="481" />
        <location filename="../../agent_desktop/presenters/call.py" line="484" />
        <source>Pickup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="488" />
        <source>You picked up the call ringing %1: answer it (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="559" />
        <source>%1 is busy: you are back with the caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="560" />
        <source>%1 declined the consult: you are back with the caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="561" />
        <source>%1 did not answer: you are back with the caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="562" />
        <source>%1 hung up: you are back with the caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="563" />
        <source>%1 could not be reached: you are back with the caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="589" />
        <source>Consulting is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="592" />
        <location filename="../../agent_desktop/presenters/call.py" line="658" />
        <source>Consult failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="627" />
        <source>Drop failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="629" />
        <source>%1 left the conference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="670" />
        <source>Back with the caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="720" />
        <source>Finish the current call before dialling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="731" />
        <source>Click-to-dial is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="735" />
        <source>Dialling %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="833" />
        <source>Customer not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="838" />
        <source>Customer saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="846" />
        <source>this server has no line for outside numbers yet; ask your administrator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallerTicketsSection</name>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="105" />
        <source> · overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="109" />
        <source>No open tickets for this caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="111" />
        <source>Open tickets (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="125" />
        <source>no customer record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="127" />
        <source>Linked to %1 and this call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="148" />
        <source>Give the ticket a type and a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="172" />
        <source>New ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="173" />
        <source>New ticket…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="176" />
        <source>Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="176" />
        <source>Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="176" />
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="176" />
        <source>Details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="187" />
        <source>What the customer needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="188" />
        <source>Open ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="189" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignBar</name>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="54" />
        <source>In campaign: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="59" />
        <source>No campaign is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="72" />
        <source>Outbound campaign:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="73" />
        <source>Join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="74" />
        <source>Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="75" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="10" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="11" />
        <source>Progressive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="12" />
        <source>Predictive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="13" />
        <source>IVR broadcast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="20" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="21" />
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="22" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="23" />
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="24" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="116" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="118" />
        <source>Not in a campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="147" />
        <source>First attempt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="156" />
        <source>Result for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="184" />
        <source>Say why you skip this contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="204" />
        <source>Next contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="205" />
        <source>Earlier attempts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="206" />
        <source>Dial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="207" />
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="212" />
        <source>Wrong number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="213" />
        <source>Asked not to be called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="214" />
        <source>Already a customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="215" />
        <source>Called recently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="222" />
        <source>Reason for skipping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="223" />
        <source>No contact is waiting for you right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="224" />
        <source>Look again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="225" />
        <source>Result:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="226" />
        <source>Call back at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="227" />
        <source>Save result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="228" />
        <source>Script</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="497" />
        <source>New campaign</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignsHost</name>
    <message>
        <location filename="../../agent_desktop/campaigns/host.py" line="109" />
        <location filename="../../agent_desktop/campaigns/host.py" line="154" />
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/host.py" line="151" />
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="229" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="229" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="235" />
        <source>Choose a campaign to watch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="241" />
        <source>%1 — %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="247" />
        <source>not dialling: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="318" />
        <source>Export results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="320" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="329" />
        <source>New campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="330" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="331" />
        <source>Do not call…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="334" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="335" />
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="336" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="340" />
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="343" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="344" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="345" />
        <source>Import contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="346" />
        <source>Export results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="348" />
        <source>Progress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="349" />
        <source>Contacts left:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="350" />
        <source>Dialled:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="351" />
        <source>Answered:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="352" />
        <source>Answer rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="353" />
        <source>Dropped:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="354" />
        <source>Drop rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="355" />
        <source>Dials per minute:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="356" />
        <source>Agents:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="337" />
        <location filename="../../agent_desktop/campaigns/tab.py" line="361" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="338" />
        <location filename="../../agent_desktop/campaigns/tab.py" line="361" />
        <source>Answer rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="339" />
        <location filename="../../agent_desktop/campaigns/tab.py" line="361" />
        <source>Drop rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="361" />
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <location filename="../../ui/change_password.ui" line="9" />
        <source>Choose a new password for your sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="18" />
        <source>&amp;Current password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="35" />
        <source>&amp;New password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="52" />
        <source>&amp;Repeat it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="79" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="84" />
        <source>&amp;Change password</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColleaguesHost</name>
    <message>
        <location filename="../../agent_desktop/colleagues/host.py" line="77" />
        <source>Colleagues</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColleaguesPage</name>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="99" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="100" />
        <source>Not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="101" />
        <source>Ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="102" />
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="103" />
        <source>Wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="120" />
        <source>%1 · %2 (Ctrl+Shift+P picks up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="146" />
        <source>%1 of %2 colleagues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="241" />
        <source>Colleagues signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="243" />
        <source>Filter by agent ID, name or state (Ctrl+Shift+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="246" />
        <source>Agent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="246" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="246" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="246" />
        <source>Ringing with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="248" />
        <source>Call (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="250" />
        <source>Internal call: your phone rings first; answer it, then it rings theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="252" />
        <source>Pick up (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="254" />
        <source>Take the call ringing this colleague: it rings your phone instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="256" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColleaguesPresenter</name>
    <message>
        <location filename="../../agent_desktop/colleagues/presenter.py" line="57" />
        <source>The directory is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/presenter.py" line="60" />
        <source>The directory could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="348" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="348" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="356" />
        <source>Row %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="363" />
        <source>%1 imported, %2 duplicates, %3 invalid numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="365" />
        <source>%1 to import, %2 duplicates, %3 invalid numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="376" />
        <source>%1 rows would be refused; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="382" />
        <source>Check passed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="389" />
        <source>Import refused (%1 bad rows); nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="396" />
        <source>Imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="403" />
        <source>Contact list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="403" />
        <source>Contact lists (*.csv *.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="413" />
        <source>Campaign %1 is created as a draft. Add its contacts, then start it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="418" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="421" />
        <source>A CSV or Excel file; check it first: bad rows are listed, nothing half-imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="425" />
        <source>No file chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="426" />
        <source>Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="427" />
        <source>Number column:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="428" />
        <source>Name column:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="429" />
        <source>by its header: number, phone or 电话</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="430" />
        <source>by its header: name or 姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="431" />
        <source>Check file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="432" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrmHost</name>
    <message>
        <location filename="../../agent_desktop/crm/host.py" line="115" />
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrmPresenter</name>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="177" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="203" />
        <source>Follow-up saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="224" />
        <source>Select one or more customers first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="235" />
        <source>%1 customer(s) moved to the shared pool.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="237" />
        <source>%1 customer(s) transferred to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="248" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="252" />
        <source>Exported to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="262" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="275" />
        <source>Nothing was imported: %1 line(s) are bad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="281" />
        <source>%1 customer(s) imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="304" />
        <source>Merged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/customer_form.ui" line="9" />
        <source>New customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="17" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="24" />
        <source>&amp;Company:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="31" />
        <source>&amp;Phones:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="37" />
        <source>separate numbers with commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="42" />
        <source>&amp;Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="48" />
        <source>vip, enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="53" />
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="74" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="79" />
        <source>&amp;Save customer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerFormWidget</name>
    <message>
        <location filename="../../agent_desktop/views/customer_form.py" line="66" />
        <source>A name is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/customer_form.py" line="73" />
        <source>Edit customer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="44" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="44" />
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="44" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="44" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="61" />
        <source>Shared pool</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="241" />
        <source>No customers found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="245" />
        <source>%1–%2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="258" />
        <source>Shared pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="272" />
        <source>Line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="310" />
        <source>Call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="324" />
        <source>In the shared pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="326" />
        <source>Yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="328" />
        <source>Owner: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="367" />
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="369" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="413" />
        <source>Export customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="415" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="426" />
        <source>Import customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="428" />
        <source>Customer files (*.csv *.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="438" />
        <source>Merge %1 into %2? %1 is deleted; its calls, follow-ups and numbers move.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="461" />
        <source>Search name, number, company, tag, owner or any field…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="463" />
        <source>‹ Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="464" />
        <source>Next ›</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="465" />
        <source>Pick a customer on the left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="466" />
        <source>Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="467" />
        <source>Take this customer from the shared pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="468" />
        <source>Release to pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="469" />
        <source>Customer fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="470" />
        <source>Save fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="471" />
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="472" />
        <source>What was agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="473" />
        <source>Next follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="474" />
        <source>Appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="475" />
        <source>Add follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="476" />
        <source>Transfer to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="477" />
        <source>Transfer selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="478" />
        <source>Give the selected customers to this agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="479" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="480" />
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="481" />
        <source>Merge a duplicate into this customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="482" />
        <source>Find the duplicate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="483" />
        <source>Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="484" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="485" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="491" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="492" />
        <source>Interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="493" />
        <source>Not interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="494" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="495" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../../agent_desktop/platform/integration.py" line="175" />
        <source>Start at login not changed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../agent_desktop/platform/integration.py" line="47" />
        <source>Diagnostics</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="35" />
        <source>Agent workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="36" />
        <source>Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="37" />
        <source>Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="38" />
        <source>SIP engine (pjsua2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="39" />
        <source>Operating system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="40" />
        <source>Microphones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="41" />
        <source>Speakers and headsets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="42" />
        <source>Codecs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="43" />
        <source>SIP over TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="44" />
        <source>Encrypted audio (SRTP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="45" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="53" />
        <source>none found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="54" />
        <source>available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="55" />
        <source>not in this build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="56" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="57" />
        <source>available (SDES)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="58" />
        <source>available (SDES, DTLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="125" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="142" />
        <source>Copied to the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="149" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="149" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="163" />
        <source>Problems found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="165" />
        <source>Everything looks fine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="173" />
        <source>Diagnostics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="176" />
        <source>If something does not work, copy this report and send it to your support team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="180" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="180" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="180" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="182" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="183" />
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="184" />
        <source>Refresh the diagnostics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="185" />
        <source>Copy the report to the clipboard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DncDialog</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/campaigns/dnc.py" line="73" />
        <source>%n number(s) on the list.</source>
        <translation><numerusform>%n number on the list.</numerusform><numerusform>%n numbers on the list.</numerusform></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="91" />
        <source>Do not call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="92" />
        <source>Numbers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="93" />
        <source>one a line, or separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="94" />
        <source>Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="95" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="96" />
        <source>Remove chosen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluationsView</name>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="104" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="105" />
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="106" />
        <source>Disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="107" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="130" />
        <source>%1 evaluation(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="174" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="174" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="174" />
        <source>N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="181" />
        <source>No evaluation selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="185" />
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="289" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="187" />
        <source>Call of %1 on %2, scored by %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="197" />
        <source>A critical item failed: the score is 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="213" />
        <source>Comments:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="221" />
        <source>Disputed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="225" />
        <source>Resolution by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="275" />
        <source>Evaluation %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="287" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="287" />
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="289" />
        <source>Scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="289" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="291" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="292" />
        <source>Acknowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="294" />
        <source>Uphold the score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="295" />
        <source>Amend the score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="296" />
        <source>Resolution note for the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="298" />
        <source>Dispute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="299" />
        <source>Why you dispute this score</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FlowsPage</name>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="167" />
        <location filename="../../agent_desktop/flows/page.py" line="403" />
        <location filename="../../agent_desktop/flows/page.py" line="454" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="168" />
        <location filename="../../agent_desktop/flows/page.py" line="404" />
        <location filename="../../agent_desktop/flows/page.py" line="455" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="169" />
        <location filename="../../agent_desktop/flows/page.py" line="405" />
        <location filename="../../agent_desktop/flows/page.py" line="456" />
        <source>Holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="172" />
        <source>%1 forced: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="177" />
        <source>No time group is forced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="185" />
        <location filename="../../agent_desktop/flows/page.py" line="288" />
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="187" />
        <source> (published)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="193" />
        <source>Version %1 · published %2 · numbers %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="197" />
        <source> · not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="252" />
        <location filename="../../agent_desktop/flows/page.py" line="388" />
        <source>Node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="257" />
        <source>Node %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="302" />
        <source>Outcome: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="305" />
        <source>Satisfaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="381" />
        <source>Flows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="384" />
        <source>new flow id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="385" />
        <source>New flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="386" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="387" />
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="388" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="388" />
        <source>Key / branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="394" />
        <source>node id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="395" />
        <source>Add node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="396" />
        <source>Delete node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="397" />
        <source>Make start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="398" />
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="399" />
        <source>Simulate a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="400" />
        <source>Force a time group (强制处理)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="407" />
        <source>Force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="408" />
        <source>Lift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="410" />
        <source>Caller number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="411" />
        <source>At</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="412" />
        <source>now, or 2026-10-01T10:00:00+08:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="413" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="414" />
        <source>one input per comma: 2, 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="415" />
        <source>Simulate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="420" />
        <source>Play prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="421" />
        <source>Menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="422" />
        <source>Collect digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="423" />
        <source>Satisfaction survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="424" />
        <source>Time condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="425" />
        <source>HTTP look-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="426" />
        <source>Area (number prefix or place)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="427" />
        <location filename="../../agent_desktop/flows/page.py" line="460" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="428" />
        <source>Dial agent or queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="429" />
        <source>Voicemail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="430" />
        <source>Callback request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="431" />
        <source>Forward to number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="432" />
        <source>Hang up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="438" />
        <source>Prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="439" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="440" />
        <source>Choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="441" />
        <source>Time-out (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="442" />
        <source>Retries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="443" />
        <source>Invalid-key prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="444" />
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="445" />
        <source>Variable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="446" />
        <source>Min. length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="447" />
        <source>Max. length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="448" />
        <source>Terminator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="449" />
        <source>Pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="450" />
        <source>If invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="451" />
        <source>Thanks prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="452" />
        <source>Confirmation prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="453" />
        <source>Time group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="457" />
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="458" />
        <source>Answer field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="459" />
        <source>Branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="461" />
        <source>Agent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="462" />
        <source>Mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="463" />
        <source>Max. seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="464" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="465" />
        <source>Survey after the call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FlowsPresenter</name>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="60" />
        <source>Could not load the flows: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="97" />
        <source>Choose a new node id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="125" />
        <source>Not created: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="127" />
        <source>Flow %1 created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="144" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="146" />
        <source>Saved as version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="162" />
        <source>Not published: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="165" />
        <source>Version %1 published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="182" />
        <source>Not simulated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="198" />
        <source>Not changed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="88" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="89" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="90" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="91" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="92" />
        <source>Next follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="93" />
        <source>Appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="99" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="100" />
        <source>Interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="101" />
        <source>Not interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="102" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="103" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormsEditor</name>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="135" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="284" />
        <source>New form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="138" />
        <source>Version %1, used by %2 evaluation(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="174" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="291" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="175" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="292" />
        <source>Yes / no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="203" />
        <source>Row %1: %2 must be a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="217" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="244" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="248" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="250" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="256" />
        <source>%1 saved as version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="270" />
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="271" />
        <source>Section weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="272" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="273" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="274" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="275" />
        <source>Max points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="276" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="277" />
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="278" />
        <source>N/A allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="281" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="282" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="285" />
        <source>Add item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="286" />
        <source>Remove item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="287" />
        <source>&amp;Save form</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="47" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="48" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="49" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="50" />
        <source>Talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="51" />
        <source>Disposition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="52" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="67" />
        <source>In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="67" />
        <source>Out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="142" />
        <source>Choose the agents file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="143" />
        <source>Agent lists (*.csv *.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/admin/dialogs.py" line="153" />
        <source>Rows in the file: %n. Import checks every row first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="155" />
        <source>The server reads this file when you import it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="195" />
        <source>Import agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="197" />
        <source>Generated passwords (shown only now: copy them and hand them out in person):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportPresenter</name>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="73" />
        <source>%1 is too large (%2 MB): an import file may be at most %3 MB. Split it into smaller files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="92" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/admin/importer.py" line="102" />
        <source>Nothing imported. Rows to fix: %n (in red below).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="110" />
        <source>Choose a CSV or Excel file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="123" />
        <source>Nothing imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="139" />
        <source>Imported: %1 new, %2 updated, %3 skipped.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KnowledgeDock</name>
    <message>
        <location filename="../../agent_desktop/kb/dock.py" line="85" />
        <source>Playing the recording to the caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/dock.py" line="93" />
        <source>Playing recordings to callers is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/dock.py" line="95" />
        <source>Only the agent on an answered call can play a recording into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/dock.py" line="97" />
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/dock.py" line="98" />
        <source>The recording was not played: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="186" />
        <source>Search the knowledge base…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="187" />
        <source>New article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="188" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="189" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="190" />
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="191" />
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="192" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="193" />
        <source>Voice snippets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="195" />
        <location filename="../../agent_desktop/kb/panel.py" line="316" />
        <source>Play to caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="198" />
        <source>Knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="199" />
        <source>Search or pick a category.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/kb/panel.py" line="280" />
        <source>Suggested for this call (%n)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/kb/panel.py" line="282" />
        <source>%n article(s) in this category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="284" />
        <source>Type to search (Chinese or English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="286" />
        <source>No articles found for “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/kb/panel.py" line="288" />
        <source>%n result(s) for “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="336" />
        <source>Play this recording to the caller (you hear it too)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="338" />
        <source>Available while you are on an answered call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="351" />
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="352" />
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="411" />
        <source>Delete article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="412" />
        <source>Delete “%1”? Its edit history is kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadCampaigns</name>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="365" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="381" />
        <source>Started, but nothing is dialled yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="390" />
        <source>Results saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="406" />
        <source>Type the numbers first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/campaigns/presenter.py" line="412" />
        <source>%n number(s) will never be dialled.</source>
        <translation><numerusform>%n number will never be dialled.</numerusform><numerusform>%n numbers will never be dialled.</numerusform></translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="389" />
        <source>Sign out %1? Their calls in progress continue, but they stop receiving calls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="401" />
        <source>Hang up the call of %1 with agent %2? The caller is disconnected at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="420" />
        <source>Please confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="445" />
        <location filename="../../agent_desktop/supervisor/live_page.py" line="515" />
        <source>Force not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="447" />
        <location filename="../../agent_desktop/supervisor/live_page.py" line="516" />
        <source>Force sign-out…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="467" />
        <source>Listening to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="468" />
        <source>Whispering on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="469" />
        <source>Barged into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="474" />
        <source>%1 %2 — audio on your headset, controls on the Calls tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="476" />
        <source>a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="503" />
        <source>Live queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="504" />
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="505" />
        <source>Calls in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="506" />
        <source>Filter by agent, name, reason, number…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="510" />
        <source>All states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="518" />
        <source>Listen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="519" />
        <source>Whisper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="520" />
        <source>Barge in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="524" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="525" />
        <source>Take over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="528" />
        <source>Take over the call you barged into (Ctrl+Shift+O): the agent leaves it, you talk to the caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="532" />
        <source>Force hang-up…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="155" />
        <source>Wrap-up saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="189" />
        <location filename="../../agent_desktop/views/main_window.py" line="433" />
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="200" />
        <location filename="../../agent_desktop/views/main_window.py" line="436" />
        <source>Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="238" />
        <source>listening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="239" />
        <source>whispering to the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="240" />
        <source>barged in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="334" />
        <source>Phone: registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="335" />
        <source>Phone: registering…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="336" />
        <source>Phone: registration failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="337" />
        <source>Phone: network lost, reconnecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="338" />
        <source>Phone: not registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="342" />
        <source>(this PC's softphone has no SIP over %1: ask IT for a build with it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="362" />
        <source>No microphone and no speaker: you cannot talk to callers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="364" />
        <source>No microphone: callers will not hear you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="366" />
        <source>No speaker: you will not hear callers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="372" />
        <source>Connect a headset, then check View → Audio settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="383" />
        <source>Go ready without audio?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="387" />
        <source>Calls will ring on this PC, but you cannot talk to callers. Connect a headset, then check View → Audio settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="393" />
        <source>Go ready anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="394" />
        <source>Stay not ready</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/views/main_window.py" line="403" />
        <source>%n wrap-up(s) waiting to sync</source>
        <translation><numerusform>%n wrap-up waiting to sync</numerusform><numerusform>%n wrap-ups waiting to sync</numerusform></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="420" />
        <source>Agent workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="421" />
        <source>&amp;Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="422" />
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="423" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="424" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="425" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="180" />
        <location filename="../../agent_desktop/views/main_window.py" line="437" />
        <location filename="../../agent_desktop/views/main_window.py" line="441" />
        <source>Knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="243" />
        <source>a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="245" />
        <source>%1 with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="247" />
        <source>Monitoring %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="249" />
        <source>Monitoring %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="426" />
        <source>&amp;Audio settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="427" />
        <source>&amp;Start at login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="428" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="429" />
        <source>&amp;Diagnostics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="430" />
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="438" />
        <source>&amp;Knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="445" />
        <source>Connection to the server lost — reconnecting… Calls in progress continue; wrap-ups are kept and sent later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MonitorCard</name>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="87" />
        <source>Listening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="88" />
        <source>Whispering to the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="89" />
        <source>Barged in (all hear you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="91" />
        <source>Monitoring a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="94" />
        <source>Audio connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="94" />
        <source>Connecting the audio…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="115" />
        <source>Agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="115" />
        <source>Customer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="115" />
        <source>Queue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="119" />
        <source>Listen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="120" />
        <source>Whisper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="121" />
        <source>Barge in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="125" />
        <source>Stop monitoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="126" />
        <source>Take over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="128" />
        <source>Take over the call (Ctrl+Shift+O): the agent leaves it, you stay.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MyDayPanel</name>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="113" />
        <source>Your figures are not available on this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="151" />
        <source>My calls today: %1 (select one to hear it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="171" />
        <source>My day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="172" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="85" />
        <source>Change password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="89" />
        <source>Your password was reset by an administrator. Choose a new one to go on; cancelling signs you out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="93" />
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordPresenter</name>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="49" />
        <source>Enter your current password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="51" />
        <source>Enter a new password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="53" />
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="55" />
        <source>The two new passwords differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="162" />
        <source>Choose a WAV or MP3 file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="174" />
        <source>Choose a prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="175" />
        <source>Audio (*.wav *.mp3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="194" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="195" />
        <source>WAV or MP3; converted for calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="196" />
        <source>Listen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QaHost</name>
    <message>
        <location filename="../../agent_desktop/qa/host.py" line="56" />
        <source>My evaluations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QaPage</name>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="213" />
        <source>Samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="214" />
        <source>Evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="215" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="217" />
        <source>Forms</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QualityIndicator</name>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="44" />
        <source>good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="45" />
        <source>fair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="46" />
        <source>poor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="47" />
        <source>network lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="55" />
        <source>● Call quality: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="58" />
        <source>Estimated MOS %1 (1 bad – 4.5 best) · loss %2 % · jitter %3 ms · round trip %4 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="67" />
        <source>Your network is losing audio; the caller may hear you break up. Pause downloads and video, or use a cable instead of Wi-Fi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="72" />
        <source>No audio is arriving: your network or VPN dropped. Stay on the line, the call resumes when it is back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="90" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="91" />
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="92" />
        <source>Longest wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="93" />
        <source>Offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="94" />
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="95" />
        <source>Abandoned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="96" />
        <source>Service level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="97" />
        <source>ASA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="98" />
        <source>AHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="99" />
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="109" />
        <source>Service level (Cisco, negative impact): calls answered within the queue's threshold ÷ (answered + abandoned + overflowed − short abandons). Short abandons (callers who hang up within the short-abandon time, 5 s by default) are removed; other abandons count against the service level.
Thresholds: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="116" />
        <source>Longest time a caller now waiting has waited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="117" />
        <source>Abandoned calls (short abandons in brackets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="118" />
        <source>Average speed of answer: wait from joining the queue to answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="119" />
        <source>Average handle time: talk + hold + wrap-up per handled call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="175" />
        <source>Threshold %1 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordingModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="75" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="76" />
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="77" />
        <source>Called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="78" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="79" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="80" />
        <source>Talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="81" />
        <source>Disposition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="82" />
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="93" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="96" />
        <source>partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="96" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="105" />
        <source>Cannot play: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="113" />
        <source>No speaker on this PC: recordings play in silence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="118" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="118" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordingsPage</name>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="134" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="146" />
        <source>Calls found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="148" />
        <source>Showing the first %1; narrow the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="181" />
        <source>Loading the recording…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="198" />
        <source>Save recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="198" />
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="210" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="226" />
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="241" />
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="242" />
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="243" />
        <source>&amp;Agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="244" />
        <source>&amp;Queue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="245" />
        <source>&amp;Number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="246" />
        <source>Talk ≥ (s):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="247" />
        <source>Talk ≤ (s):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="251" />
        <source>&amp;Disposition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="253" />
        <source>caller or dialled number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="255" />
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="256" />
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="257" />
        <source>Download WAV…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordingsPresenter</name>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="165" />
        <source>Search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="188" />
        <source>Could not load the recording: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="200" />
        <source>Could not save the recording: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="58" />
        <source>Appointment reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="60" />
        <source>Appointment with %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="64" />
        <source>No note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="66" />
        <source>Call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="66" />
        <source>No number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="68" />
        <source>Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="69" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportErrors</name>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="18" />
        <source>this server has no reports yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="19" />
        <source>the server cannot be reached; check the network and try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="22" />
        <source>your session has ended; sign in again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="23" />
        <source>too many requests; try again in a minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="24" />
        <source>your role may not see this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="25" />
        <source>not found on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="26" />
        <source>the server failed (%1); try again or tell IT</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="158" />
        <location filename="../../agent_desktop/reports/filters.py" line="202" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="175" />
        <source>&amp;Report:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="176" />
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="177" />
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="178" />
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="179" />
        <source>&amp;Group by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="180" />
        <source>&amp;Agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="181" />
        <source>T&amp;eam:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="182" />
        <source>&amp;Queue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="183" />
        <source>&amp;Number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="187" />
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportFormulas</name>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="10" />
        <source>calls that joined the queue (inbound, queued_at set), short abandons included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="14" />
        <source>inbound calls an agent answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="15" />
        <source>offers the agent let ring out or refused (queue_log RINGNOANSWER)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="18" />
        <source>answered + missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="19" />
        <source>inbound calls whose caller hung up while queued or ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="22" />
        <source>abandons with wait &lt; the queue's short_abandon_threshold (default 5 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="25" />
        <source>calls that left the queue by an overflow rule (end cause overflow_*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="28" />
        <source>answered within the queue's service_level_threshold ÷ SLoffered, SLoffered = answered + abandoned + overflowed − short abandons (Cisco negative impact; metrics.service_level)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="34" />
        <source>Σ wait of answered calls (join → answer, ring time included) ÷ answered (metrics.average_speed_of_answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="39" />
        <source>(Σ talk + Σ hold + Σ wrap-up) ÷ handled, handled = answered calls whose wrap-up completed (metrics.average_handle_time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="44" />
        <source>(abandoned − short) ÷ (offered − short) (metrics.abandon_rate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="47" />
        <source>the longest wait of a queued call (answered or not)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="48" />
        <source>Σ talk time (answer → hang-up, hold excluded) of answered calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="51" />
        <source>Σ hold time of answered calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="52" />
        <source>time in the wrap-up state (agent state log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="53" />
        <source>time in the ready state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="54" />
        <source>time in the not-ready state (all reasons; each reason in its own column)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="57" />
        <source>time signed in (every state but logged out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="58" />
        <source>handling ÷ (handling + ready), handling = reserved + on call + wrap-up; not-ready excluded (metrics.occupancy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="63" />
        <source>blind transfers the agent made (queue_log BLINDTRANSFER)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="64" />
        <source>outbound calls the agent placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="65" />
        <source>outbound calls the far end answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="66" />
        <source>connected ÷ attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="67" />
        <source>Σ talk ÷ connected (or answered) calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="68" />
        <source>calls with this disposition ÷ calls with a disposition in the group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="71" />
        <source>the caller's survey score (1..5); average over surveyed calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="74" />
        <source>seconds until the agent's next state change (clipped to the period)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="77" />
        <source>ivr: before joining a queue; queue: waiting; ringing: while an agent's phone rang; overflow: sent away by an overflow rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="82" />
        <source>calls that started in the period (by started_at, centre time zone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="85" />
        <source>the period with the most calls (totals: peak_period, peak_calls)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="13" />
        <source>Agent work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="14" />
        <source>Queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="15" />
        <source>Inbound numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="16" />
        <source>Dispositions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="17" />
        <location filename="../../agent_desktop/reports/labels.py" line="66" />
        <source>Outbound calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="18" />
        <source>Agent state changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="19" />
        <source>Answer ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="20" />
        <location filename="../../agent_desktop/reports/labels.py" line="98" />
        <source>Satisfaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="21" />
        <source>Abandoned calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="22" />
        <source>Traffic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="23" />
        <source>Call detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="26" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="27" />
        <source>Yesterday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="28" />
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="29" />
        <source>Last week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="30" />
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="31" />
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="32" />
        <source>Custom range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="35" />
        <location filename="../../agent_desktop/reports/labels.py" line="46" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="36" />
        <location filename="../../agent_desktop/reports/labels.py" line="49" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="37" />
        <location filename="../../agent_desktop/reports/labels.py" line="50" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="38" />
        <location filename="../../agent_desktop/reports/labels.py" line="51" />
        <source>Inbound number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="39" />
        <location filename="../../agent_desktop/reports/labels.py" line="54" />
        <source>Hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="40" />
        <location filename="../../agent_desktop/reports/labels.py" line="55" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="41" />
        <location filename="../../agent_desktop/reports/labels.py" line="56" />
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="42" />
        <location filename="../../agent_desktop/reports/labels.py" line="57" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="47" />
        <source>Agent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="48" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="52" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="53" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="58" />
        <source>Offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="59" />
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="60" />
        <source>Missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="61" />
        <source>Abandoned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="62" />
        <source>Short abandons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="63" />
        <source>Overflowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="64" />
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="65" />
        <source>Calls answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="67" />
        <source>Transfers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="68" />
        <source>Talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="69" />
        <source>Talk time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="70" />
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="71" />
        <source>Hold time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="72" />
        <source>Wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="73" />
        <source>Wrap-up time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="74" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="75" />
        <source>Ready time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="76" />
        <source>Not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="77" />
        <source>Not ready time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="78" />
        <source>Logged in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="79" />
        <source>Logged-in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="80" />
        <source>Occupancy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="81" />
        <source>AHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="82" />
        <source>ASA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="83" />
        <source>Service level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="84" />
        <source>Abandon rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="85" />
        <source>Longest wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="86" />
        <source>Wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="87" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="88" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="89" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="90" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="91" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="92" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="93" />
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="94" />
        <source>Called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="95" />
        <source>Disposition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="96" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="97" />
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="99" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="100" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="101" />
        <source>Where lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="102" />
        <source>Peak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="103" />
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="104" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="105" />
        <source>Inbound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="106" />
        <source>Outbound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="107" />
        <source>Ended in IVR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="108" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="109" />
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="110" />
        <source>Connect rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="111" />
        <source>Average talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="112" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="113" />
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="114" />
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="115" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="116" />
        <source>End cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="117" />
        <source>Lost at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="118" />
        <source>Ringing agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="119" />
        <source>Short abandon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="120" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="121" />
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="122" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="143" />
        <source>Not ready: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="79" />
        <source>The period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="90" />
        <location filename="../../agent_desktop/qa/report_page.py" line="148" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="91" />
        <location filename="../../agent_desktop/qa/report_page.py" line="148" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="92" />
        <location filename="../../agent_desktop/qa/report_page.py" line="148" />
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="93" />
        <source>Evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="94" />
        <source>Average score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="95" />
        <source>Lowest score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="96" />
        <source>Critical fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="97" />
        <source>Disputes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="98" />
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="117" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="133" />
        <source>Average score: the mean of the evaluations' scores (0..100); a critical fail scores 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="145" />
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="145" />
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="145" />
        <source>&amp;By:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="150" />
        <source>&amp;Run report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="91" />
        <source>inbound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="92" />
        <source>outbound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="93" />
        <source>internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="94" />
        <source>signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="95" />
        <source>not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="96" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="97" />
        <source>ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="98" />
        <source>on call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="99" />
        <source>wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="100" />
        <source>in the IVR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="101" />
        <source>waiting in queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="102" />
        <source>while ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="103" />
        <source>overflowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="105" />
        <source>just signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="106" />
        <source>missed a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="107" />
        <source>server restarted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="108" />
        <source>phone offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="109" />
        <source>unreachable (desktop gone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="110" />
        <source>set by a team lead</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsHost</name>
    <message>
        <location filename="../../agent_desktop/reports/host.py" line="74" />
        <source>My day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/host.py" line="74" />
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsPresenter</name>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="126" />
        <source>Could not load the reports: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="216" />
        <source>The report could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="237" />
        <source>Only the first %1 rows are shown; the export has them all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="243" />
        <source>No data in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="281" />
        <source>The calls could not be listed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="302" />
        <source>This call has no recording.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="309" />
        <source>Could not load the recording: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="340" />
        <source>Export cancelled: nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="345" />
        <source>Not exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="349" />
        <source>Exported %1 (%2 KB)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="142" />
        <source>Your role has no reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="149" />
        <source>Making the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="170" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="220" />
        <source>Calls of %1: %2 (select one to hear it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="242" />
        <source>Export the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="243" />
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="243" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="279" />
        <source>%1 KB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="288" />
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="289" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="290" />
        <source>&amp;Calls of this row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="291" />
        <source>How is this computed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="293" />
        <source>Save the whole report as Excel or CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="296" />
        <source>Your role may not export reports: ask an administrator for the "Export reports" permission.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="300" />
        <source>Double-click a row to list its calls.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <location filename="../../agent_desktop/admin/form.py" line="169" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/form.py" line="171" />
        <source>empty: the server makes one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/form.py" line="173" />
        <source>the queue's number when empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="224" />
        <source>Please confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="225" />
        <source>Delete %1? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="252" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="254" />
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="259" />
        <source>%1 of %2 shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="259" />
        <source>%2 in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="268" />
        <source>Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="269" />
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="270" />
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="271" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="272" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="273" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="190" />
        <source>Rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="191" />
        <source>When it may call, how often it tries again, how calls end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="192" />
        <source>Calling hours (nothing is dialled outside them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="194" />
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="195" />
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="196" />
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="197" />
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="198" />
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="199" />
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="200" />
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="204" />
        <source>Retries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="205" />
        <source>Tries at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="206" />
        <source>Minutes apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="207" />
        <source>Busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="207" />
        <source>No answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="207" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="207" />
        <source>Machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="214" />
        <source>sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="215" />
        <source>no interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="216" />
        <source>call back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="217" />
        <source>wrong number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="221" />
        <source>Dispositions (comma-separated):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="222" />
        <source>Drop rate ceiling (predictive):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="223" />
        <source>Numbers it may call (predictive, broadcast):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="227" />
        <source>As its agents may dial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="228" />
        <source>Local only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="229" />
        <source>Local and long distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="230" />
        <source>Also international</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="234" />
        <source>Detect answering machines (predictive, broadcast)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="235" />
        <source>Leave the message on a machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="260" />
        <source>%1: the calling hours end before they start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="268" />
        <source>Give at least one disposition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="270" />
        <source>Creating the campaign…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SamplesPage</name>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="99" />
        <source>Team %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="122" />
        <source>Choose an agent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="125" />
        <source>The period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="127" />
        <source>Drawing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="153" />
        <source>%1 of %2 recorded, not yet scored calls drawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="166" />
        <source>&amp;Agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="166" />
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="166" />
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="166" />
        <source>&amp;Calls:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="170" />
        <source>&amp;Draw sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="171" />
        <source>Score them in Recordings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="173" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="173" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="173" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="173" />
        <source>Talk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="120" />
        <source>Select a recorded call to score it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="123" />
        <source>Call of agent %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="199" />
        <source>Submitting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="219" />
        <source>Submitted: score %1 of 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="221" />
        <source>A critical item failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="228" />
        <source>Not submitted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="238" />
        <source>Score this call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="239" />
        <source>&amp;Form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="240" />
        <source>Comment at the current position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="241" />
        <source>Add comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="242" />
        <source>Summary for the agent (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="243" />
        <source>&amp;Submit score</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreenPopCard</name>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="180" />
        <source>Last call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="182" />
        <source>Outbound call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="182" />
        <source>Incoming call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="183" />
        <source>Withheld number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="200" />
        <source>%1 consults you about this caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="202" />
        <source>Transferred by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="240" />
        <source>Unknown caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="241" />
        <source>No customer record matches this number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="243" />
        <source>New customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="254" />
        <source>Call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="255" />
        <source>Click to dial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="259" />
        <source>Edit customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="283" />
        <source>Waiting for calls.
The caller's details appear here the moment a call rings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="288" />
        <source>Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="289" />
        <source>Dialled:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="290" />
        <source>Queue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="291" />
        <source>IVR path:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="292" />
        <source>Waited:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="297" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="298" />
        <source>Contact history (double-click to call back)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="188" />
        <source>Enter your agent ID and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="193" />
        <source>The server address is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="277" />
        <source>Wrong agent ID or password.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/presenters/session.py" line="280" />
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation><numerusform>Too many sign-in attempts. Try again in %n second.</numerusform><numerusform>Too many sign-in attempts. Try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="283" />
        <source>Cannot reach the server at %1. Check the address and your network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="286" />
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="287" />
        <source>Sign-in failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="344" />
        <source>You were signed out by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="344" />
        <source>a lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="373" />
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../ui/sign_in.ui" line="6" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="16" />
        <source>Agent workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="22" />
        <source>Sign in with your agent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="31" />
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="37" />
        <source>http://server:8080</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="42" />
        <source>&amp;Agent ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="53" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="64" />
        <source>&amp;Remember me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="65" />
        <source>Your password is kept in this computer's system keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="89" />
        <source>Sign &amp;in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="37" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="38" />
        <source>Agent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="39" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="40" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="41" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="46" />
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="48" />
        <source>Wrong password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="49" />
        <source>Locked out for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="60" />
        <source>known</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../agent_desktop/views/sign_in.py" line="94" />
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInsPage</name>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins_page.py" line="51" />
        <source>Attempts in the last 24 hours: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins_page.py" line="60" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins_page.py" line="63" />
        <source>Failed sign-ins lock out one agent ID at one address for a while; colleagues at the same address and the agent's own desktop are not affected.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInsPresenter</name>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="94" />
        <source>Sign-in attempts not loaded: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SmsSection</name>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="99" />
        <location filename="../../agent_desktop/sms/sms_section.py" line="156" />
        <source>No template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="111" />
        <source>%1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="116" />
        <source>Write the message first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="119" />
        <source>Fill in the {…} parts of the template first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="122" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="128" />
        <source>SMS sent to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="132" />
        <source>Not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="138" />
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="139" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="140" />
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="150" />
        <source>SMS to the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="151" />
        <source>Send SMS…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="152" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="153" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="154" />
        <source>The message to the customer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoftphonePanel</name>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="239" />
        <source>No call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="240" />
        <source>Incoming call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="241" />
        <source>Calling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="242" />
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="242" />
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="243" />
        <source>Call ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="260" />
        <source>Resume (F7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="266" />
        <source>Unmute (F9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="300" />
        <location filename="../../agent_desktop/views/softphone_panel.py" line="301" />
        <location filename="../../agent_desktop/views/softphone_panel.py" line="366" />
        <source>Line 1 · caller: on hold (music)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="302" />
        <source>Line 1 · caller: talking with you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="303" />
        <source>Line 1 · caller: in the conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="306" />
        <source>Line 2 · %1: ringing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="307" />
        <source>Line 2 · %1: talking with you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="308" />
        <source>Line 2 · %1: on hold (music)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="309" />
        <source>Line 2 · %1: in the conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="334" />
        <source>Talk to the caller (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="336" />
        <source>Talk to %1 (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="339" />
        <source>Drop %1 (Ctrl+Shift+B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="327" />
        <location filename="../../agent_desktop/views/softphone_panel.py" line="341" />
        <source>Back to the caller (Ctrl+Shift+B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="354" />
        <source>ringing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="355" />
        <source>talking with you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="356" />
        <source>on hold (music)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="357" />
        <source>in the conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="364" />
        <source>Line 1 · caller: talking with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="380" />
        <source>music</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="380" />
        <source>caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="385" />
        <source>%1 · %2 · hears: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="393" />
        <source>Drop (Alt+%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="394" />
        <source>Drop %1 from the conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="405" />
        <source>On hold %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="475" />
        <source>Pick an agent, or type an agent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="476" />
        <source>Pick a queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="477" />
        <source>Type a number, or pick a recent one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="506" />
        <source>Answer (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="507" />
        <source>Hang up (F6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="520" />
        <source>Note for the colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="522" />
        <source>Note for the colleague (optional): shown on their screen-pop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="524" />
        <source>Consult</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="527" />
        <source>Consult first (Ctrl+Shift+C): the caller hears music while you talk to the target; then transfer, conference or go back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="531" />
        <source>Transfer (Ctrl+Shift+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="532" />
        <source>Conference (Ctrl+Shift+J)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="260" />
        <source>Hold (F7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="266" />
        <source>Mute (F9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="508" />
        <source>Microphone muted: the caller cannot hear you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="509" />
        <source>Number to dial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="510" />
        <source>Dial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="511" />
        <source>Transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="514" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="515" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="516" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="519" />
        <source>Transfer call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StateBar</name>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="134" />
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="165" />
        <source>Ready in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="170" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="171" />
        <location filename="../../agent_desktop/views/state_bar.py" line="209" />
        <source>Not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="172" />
        <source>Ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="173" />
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="174" />
        <source>Wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="175" />
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="207" />
        <source>Ready (F8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="208" />
        <source>Take calls again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="210" />
        <source>Stop taking calls, with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="211" />
        <source>Extend +30 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="212" />
        <source>Finish now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="213" />
        <source>Not ready after this call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StateNames</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="36" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="37" />
        <source>Not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="38" />
        <source>Ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="39" />
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="40" />
        <source>Wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="41" />
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SupervisorPresenter</name>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="156" />
        <source>Could not load the live figures: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="340" />
        <source>You cannot force your own sign-out: it would end this session. Use Sign out instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="347" />
        <source>Could not change %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="356" />
        <source>%1 signed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="356" />
        <source>%1 set to not ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="368" />
        <source>Could not hang up the call: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="371" />
        <source>Call hung up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="396" />
        <source>Monitoring is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="399" />
        <source>Monitoring failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="417" />
        <source>Take over is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="420" />
        <source>Take over failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="425" />
        <source>You took over the call.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SupervisorTab</name>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="97" />
        <source>Recordings are not being saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="98" />
        <source>SIP edge down: calls cannot reach agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="99" />
        <source>Database busy: changes are held back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="100" />
        <source>No media workers: calls cannot be answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="102" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="108" />
        <source>Alarm: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="116" />
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="117" />
        <source>Recordings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="118" />
        <source>Sign-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="120" />
        <source>QA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="121" />
        <source>Mask numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="124" />
        <source>Show caller numbers as 138****8000 (saved for you on this computer)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="23" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="24" />
        <source>Assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="25" />
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="26" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="27" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="34" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="35" />
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="36" />
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="37" />
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="66" />
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="67" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="68" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="69" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="70" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="71" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="72" />
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="73" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="105" />
        <source>%1 (overdue)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketsHost</name>
    <message>
        <location filename="../../agent_desktop/tickets/host.py" line="85" />
        <source>Tickets</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="169" />
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="334" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="199" />
        <source>%1 of %2 ticket(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="211" />
        <source>Choose a ticket to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="221" />
        <source>%1 (overdue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="262" />
        <source>type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="263" />
        <source>priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="264" />
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="265" />
        <source>assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="266" />
        <source>team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="267" />
        <source>title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="268" />
        <source>description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="269" />
        <source>customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="270" />
        <source>call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="287" />
        <source>opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="288" />
        <source>edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="289" />
        <source>assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="290" />
        <source>changed the status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="291" />
        <source>reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="292" />
        <source>commented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="293" />
        <source>linked a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="323" />
        <source>Open tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="324" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="335" />
        <source>Assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="336" />
        <source>Overdue only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="337" />
        <source>Search title and description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="338" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="342" />
        <source>Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="343" />
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="344" />
        <source>Customer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="345" />
        <source>Calls:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="346" />
        <source>Assigned to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="347" />
        <source>Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="352" />
        <source>Take it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="353" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="354" />
        <source>Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="355" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="356" />
        <source>Reopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="357" />
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="358" />
        <source>Add a comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="359" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="360" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketsPresenter</name>
    <message>
        <location filename="../../agent_desktop/tickets/presenter.py" line="170" />
        <source>Ticket #%1 was assigned to you by %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TransferDirectory</name>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="100" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="101" />
        <source>Not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="102" />
        <source>Ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="103" />
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="104" />
        <source>Wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="120" />
        <source>%1 · %2 ready, %3 waiting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="51" />
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="52" />
        <location filename="../../agent_desktop/platform/tray.py" line="145" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="53" />
        <location filename="../../agent_desktop/platform/tray.py" line="140" />
        <source>Not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="54" />
        <location filename="../../agent_desktop/platform/tray.py" line="123" />
        <source>Incoming call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="55" />
        <source>On a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="56" />
        <source>Wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="133" />
        <source>Agent workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="142" />
        <source>Show window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="166" />
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="169" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VoicemailHost</name>
    <message>
        <location filename="../../agent_desktop/voicemail/host.py" line="80" />
        <source>1 new voicemail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/host.py" line="82" />
        <source>%1 new voicemails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/host.py" line="88" />
        <location filename="../../agent_desktop/voicemail/host.py" line="101" />
        <source>Voicemail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VoicemailPage</name>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="155" />
        <source>Agent %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="160" />
        <location filename="../../agent_desktop/voicemail/page.py" line="326" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="162" />
        <source>Handled by %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="180" />
        <location filename="../../agent_desktop/voicemail/page.py" line="240" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="197" />
        <source>%1 new of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="207" />
        <source>Recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="208" />
        <location filename="../../agent_desktop/voicemail/page.py" line="332" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="209" />
        <source>Calling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="210" />
        <source>Retry pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="211" />
        <location filename="../../agent_desktop/voicemail/page.py" line="333" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="212" />
        <location filename="../../agent_desktop/voicemail/page.py" line="334" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="218" />
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="219" />
        <source>No answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="220" />
        <source>Busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="221" />
        <source>Agent hung up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="222" />
        <source>Not queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="225" />
        <source>Failed (SIP %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="277" />
        <source>Mark new (Ctrl+M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="277" />
        <source>Mark handled (Ctrl+M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="322" />
        <source>Voicemail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="326" />
        <source>Handled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="326" />
        <location filename="../../agent_desktop/voicemail/page.py" line="331" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="345" />
        <location filename="../../agent_desktop/voicemail/page.py" line="356" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="347" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="347" />
        <source>Box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="347" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="347" />
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="347" />
        <location filename="../../agent_desktop/voicemail/page.py" line="362" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="349" />
        <source>Play (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="350" />
        <source>Play the message (Enter on a row)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="351" />
        <source>Call back (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="353" />
        <source>Your phone rings first; answer it, then it calls the caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="355" />
        <source>Callbacks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="359" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="360" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="361" />
        <source>Requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="363" />
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="364" />
        <source>Last outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="365" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VoicemailPresenter</name>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="82" />
        <source>Voicemail is not available on this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="86" />
        <source>Voicemail could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="135" />
        <source>Could not change the voicemail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="145" />
        <source>This voicemail has no number to call back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="148" />
        <source>Finish the current call before dialling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="157" />
        <source>Calling %1 back failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="177" />
        <source>Could not load the voicemail: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="220" />
        <source>Send test</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../ui/wrap_up.ui" line="9" />
        <source>After-call work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="17" />
        <source>&amp;Disposition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="24" />
        <source>&amp;Summary note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="30" />
        <source>What was the call about, what was agreed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="50" />
        <source>Save &amp;wrap-up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="41" />
        <source>— choose —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="61" />
        <source>&amp;Disposition (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="61" />
        <source>&amp;Disposition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="64" />
        <source>This queue needs a disposition before you can finish wrap-up.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrapUpPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/wrap_up.py" line="119" />
        <source>Choose a disposition first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="71" />
        <source>The server's answer was not understood.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>