"""Parts of bench/voice.py (voice quality over an impaired link, scored with PESQ).

agent: the desktop softphone as a remote agent (runs in the link's namespace); customer: a
plain pjsua2 phone on the trunk side; speech: reference speech, alignment and PESQ windows;
scenarios: the impairments measured.
"""
