<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AdminHost</name>
    <message>
        <location filename="../../agent_desktop/views/admin_host.py" line="80" />
        <source>Password changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/admin_host.py" line="96" />
        <source>Change &amp;password…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgentStatePresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/agent_state.py" line="126" />
        <source>Choose a disposition and save the wrap-up first: this queue needs one for every call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/agent_state.py" line="130" />
        <source>State change failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="253" />
        <source>Cannot join the monitored call: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="302" />
        <source>The call has not reached your phone yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="307" />
        <source>Cannot answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="315" />
        <source>Cannot hang up: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="328" />
        <source>Cannot send tones: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="343" />
        <source>Hold is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="346" />
        <source>Hold failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="363" />
        <source>Transfer is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="366" />
        <source>Transfer failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="371" />
        <source>Transferred to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="378" />
        <source>Finish the current call before dialling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="389" />
        <source>Click-to-dial is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="392" />
        <source>Dialling %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="456" />
        <source>Customer not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="461" />
        <source>Customer saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="470" />
        <source>this server has no line for outside numbers yet; ask your administrator</source>
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
        <location filename="../../agent_desktop/views/customer_form.py" line="58" />
        <source>A name is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/customer_form.py" line="65" />
        <source>Edit customer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../../agent_desktop/views/integration.py" line="157" />
        <source>Start at login not changed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../agent_desktop/views/integration.py" line="46" />
        <source>Diagnostics</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>Talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="45" />
        <source>Disposition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="45" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="59" />
        <source>In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="59" />
        <source>Out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KnowledgeDock</name>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="83" />
        <source>Playing the recording to the caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="88" />
        <source>Playing recordings to callers is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="90" />
        <source>Only the agent on an answered call can play a recording into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="92" />
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="93" />
        <source>The recording was not played: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="145" />
        <source>Wrap-up saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="179" />
        <location filename="../../agent_desktop/views/main_window.py" line="394" />
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="190" />
        <location filename="../../agent_desktop/views/main_window.py" line="396" />
        <source>Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="219" />
        <source>listening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="219" />
        <source>whispering to the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="220" />
        <source>barged in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="303" />
        <source>Phone: registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="304" />
        <source>Phone: registering…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="305" />
        <source>Phone: registration failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="306" />
        <source>Phone: network lost, reconnecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="307" />
        <source>Phone: not registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="309" />
        <source>(this PC's softphone has no SIP over %1: ask IT for a build with it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="329" />
        <source>No microphone and no speaker: you cannot talk to callers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="331" />
        <source>No microphone: callers will not hear you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="333" />
        <source>No speaker: you will not hear callers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="339" />
        <source>Connect a headset, then check View → Audio settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="349" />
        <source>Go ready without audio?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="351" />
        <source>Calls will ring on this PC, but you cannot talk to callers. Connect a headset, then check View → Audio settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="354" />
        <source>Go ready anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="355" />
        <source>Stay not ready</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/views/main_window.py" line="364" />
        <source>%n wrap-up(s) waiting to sync</source>
        <translation>
            <numerusform>%n wrap-up waiting to sync</numerusform>
            <numerusform>%n wrap-ups waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="381" />
        <source>Agent workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="382" />
        <source>&amp;Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="383" />
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="384" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="385" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="386" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="170" />
        <location filename="../../agent_desktop/views/main_window.py" line="397" />
        <location filename="../../agent_desktop/views/main_window.py" line="401" />
        <source>Knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="222" />
        <source>a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="224" />
        <source>%1 with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="226" />
        <source>Monitoring %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="228" />
        <source>Monitoring %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="387" />
        <source>&amp;Audio settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="388" />
        <source>&amp;Start at login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="389" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="390" />
        <source>&amp;Diagnostics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="391" />
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="398" />
        <source>&amp;Knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="402" />
        <source>Connection to the server lost — reconnecting… Calls in progress continue; wrap-ups are kept and sent later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MonitorCard</name>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="77" />
        <source>Listening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="77" />
        <source>Whispering to the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="78" />
        <source>Barged in (all hear you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="79" />
        <source>Monitoring a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="81" />
        <source>Audio connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="82" />
        <source>Connecting the audio…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="100" />
        <source>Agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="100" />
        <source>Customer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="101" />
        <source>Queue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="103" />
        <source>Listen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="103" />
        <source>Whisper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="104" />
        <source>Barge in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="107" />
        <source>Stop monitoring</source>
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
        <location filename="../../agent_desktop/views/call_quality.py" line="54" />
        <source>● Call quality: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="56" />
        <source>Estimated MOS %1 (1 bad – 4.5 best) · loss %2 % · jitter %3 ms · round trip %4 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="61" />
        <source>Your network is losing audio; the caller may hear you break up. Pause downloads and video, or use a cable instead of Wi-Fi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="64" />
        <source>No audio is arriving: your network or VPN dropped. Stay on the line, the call resumes when it is back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreenPopCard</name>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="146" />
        <source>Outbound call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="146" />
        <source>Incoming call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="147" />
        <source>Withheld number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="162" />
        <source>Unknown caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="163" />
        <source>No customer record matches this number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="165" />
        <source>New customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="176" />
        <source>Call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="177" />
        <source>Click to dial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="181" />
        <source>Edit customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="204" />
        <source>Waiting for calls.
The caller's details appear here the moment a call rings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="206" />
        <source>Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="206" />
        <source>Dialled:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="207" />
        <source>Queue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="207" />
        <source>IVR path:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="208" />
        <source>Waited:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="210" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="211" />
        <source>Contact history (double-click to call back)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="113" />
        <source>Enter your agent ID and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="118" />
        <source>The server address is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="199" />
        <source>Wrong agent ID or password.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/presenters/session.py" line="202" />
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts. Try again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="205" />
        <source>Cannot reach the server at %1. Check the address and your network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="208" />
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="209" />
        <source>Sign-in failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="241" />
        <source>You were signed out by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="241" />
        <source>a lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="271" />
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
    <name>SignInPage</name>
    <message>
        <location filename="../../agent_desktop/views/sign_in.py" line="88" />
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoftphonePanel</name>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="155" />
        <source>No call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="156" />
        <source>Incoming call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="157" />
        <source>Calling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="158" />
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="158" />
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="159" />
        <source>Call ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="169" />
        <source>Resume (F7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="175" />
        <source>Unmute (F9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="191" />
        <source>On hold %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="241" />
        <source>Pick an agent, or type an agent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="242" />
        <source>Pick a queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="243" />
        <source>Type a number, or pick a recent one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="263" />
        <source>Answer (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="264" />
        <source>Hang up (F6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="169" />
        <source>Hold (F7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="175" />
        <source>Mute (F9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="265" />
        <source>Microphone muted: the caller cannot hear you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="266" />
        <source>Number to dial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="267" />
        <source>Dial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="268" />
        <source>Transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="271" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="272" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="273" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="276" />
        <source>Transfer call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StateBar</name>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="120" />
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="141" />
        <source>Ready in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="146" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="147" />
        <location filename="../../agent_desktop/views/state_bar.py" line="185" />
        <source>Not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="148" />
        <source>Ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="149" />
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="150" />
        <source>Wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="151" />
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="183" />
        <source>Ready (F8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="184" />
        <source>Take calls again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="186" />
        <source>Stop taking calls, with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="187" />
        <source>Extend +30 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="188" />
        <source>Finish now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="189" />
        <source>Not ready after this call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TransferDirectory</name>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="99" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="99" />
        <source>Not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="100" />
        <source>Ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="100" />
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="101" />
        <source>Wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="107" />
        <source>%1 · %2 ready, %3 waiting</source>
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
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="40" />
        <source>— choose —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="59" />
        <source>&amp;Disposition (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="60" />
        <source>&amp;Disposition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="62" />
        <source>This queue needs a disposition before you can finish wrap-up.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrapUpPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/wrap_up.py" line="92" />
        <source>Choose a disposition first.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>