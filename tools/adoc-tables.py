#!/usr/bin/env python3
"""Prints the option and header tables of a component's .adoc from the generated <scheme>.json.

Usage: tools/adoc-tables.py camel-chatbox/src/generated/resources/META-INF/io/github/camelchat/chatbox/chatbox.json
Paste the output between the START/END markers of src/main/docs/<scheme>-component.adoc.
"""
import json, sys
d = json.load(open(sys.argv[1]))
def dflt(v):
    if 'defaultValue' not in v: return ''
    x = v['defaultValue']
    return x if isinstance(x, str) else json.dumps(x)
def esc(s): return (s or '').replace('|', '\\|')
def table(props, title):
    out = [f'.{title}', '[width="100%",cols="2,5,1,1",options="header"]', '|===', '| Name | Description | Default | Type']
    for k, v in props.items():
        secret = ' *Secret.*' if v.get('secret') else ''
        req = ' *Required.*' if v.get('required') else ''
        out.append(f"| *{k}* ({v.get('group','common')}) | {esc(v.get('description'))}{secret}{req} | {esc(dflt(v))} | {v.get('type')}")
    out.append('|===')
    return '\n'.join(out)
def headers(props):
    out = ['[width="100%",cols="2,5,1,2",options="header"]', '|===', '| Name | Description | Kind | Java type']
    for k, v in props.items():
        out.append(f"| `{k}` | {esc(v.get('description'))} | {v.get('label','')} | `{v.get('javaType')}`")
    out.append('|===')
    return '\n'.join(out)
print('// component options: START')
print(table(d['componentProperties'], 'Component options'))
print('// component options: END\n')
print('// endpoint options: START')
print(table(d['properties'], 'Endpoint options (path and query)'))
print('// endpoint options: END\n')
print('// component headers: START')
print(headers(d['headers']))
print('// component headers: END')
