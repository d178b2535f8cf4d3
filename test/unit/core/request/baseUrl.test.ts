import assert from 'node:assert/strict';
import { displayBaseUrl, isLoopback, isLoopbackHost, needsOriginConsent, nonDefaultHost, normalizeBaseUrl, originOf } from '../../../../src/core/request/baseUrl';

describe('base URL', () => {
  it('normalises and refuses what would leak or misroute', () => {
    assert.deepEqual(normalizeBaseUrl('https://api.x.com/'), { ok: true, url: 'https://api.x.com' });
    assert.deepEqual(normalizeBaseUrl('  https://proxy.example.com/x/api//  '), { ok: true, url: 'https://proxy.example.com/x/api' });
    assert.deepEqual(normalizeBaseUrl('http://127.0.0.1:8080/proxy/'), { ok: true, url: 'http://127.0.0.1:8080/proxy' });
    assert.equal(normalizeBaseUrl('ftp://x').ok, false);
    assert.equal(normalizeBaseUrl('https://user:pw@api.x.com').ok, false);
    assert.equal(normalizeBaseUrl('https://api.x.com/?a=1').ok, false);
    assert.equal(normalizeBaseUrl('https://api.x.com/#frag').ok, false);
    assert.equal(normalizeBaseUrl('not a url').ok, false);
  });

  it('shows a base URL without user info, query, fragment or trailing slash, valid or not', () => {
    assert.equal(displayBaseUrl('https://api.x.com/'), 'https://api.x.com');
    assert.equal(displayBaseUrl('  https://proxy.example.com/x/api//  '), 'https://proxy.example.com/x/api');
    for (const valid of ['https://api.x.com', 'http://127.0.0.1:8080/proxy/', 'https://proxy.example.com/x/']) {
      const normalized = normalizeBaseUrl(valid);
      assert.ok(normalized.ok);
      assert.equal(displayBaseUrl(valid), normalized.url, valid);
    }
    // Refused settings are still shown, cut the same way, so that nothing that could be a credential is displayed.
    assert.equal(displayBaseUrl('https://user:secret@api.x.com/?token=abc#x'), 'https://api.x.com');
    assert.equal(displayBaseUrl('http://example.com/v/'), 'http://example.com/v');
    assert.equal(displayBaseUrl('http://u:p@127.0.0.1:<sandbox port>/?a=b'), 'http://127.0.0.1:<sandbox port>');
    assert.equal(displayBaseUrl('not a url?key=1#x'), 'not a url');
    for (const shown of ['https://user:secret@api.x.com/?token=abc', 'ftp://me:pw@host/?secret=1']) {
      assert.doesNotMatch(displayBaseUrl(shown), /secret|pw|token/, shown);
    }
  });

  it('allows plain http only to this machine', () => {
    for (const url of ['http://127.0.0.1:3000', 'http://127.10.0.2', 'http://localhost:9000/x', 'http://LOCALHOST', 'http://[::1]:8080', 'http://api.localhost']) {
      assert.equal(normalizeBaseUrl(url).ok, true, url);
    }
    for (const url of ['http://api.x.com', 'http://example.com', 'http://10.0.0.1:8080', 'http://0.0.0.0', 'http://127.0.0.1.evil.example', 'http://localhost.evil.example']) {
      const result = normalizeBaseUrl(url);
      assert.equal(result.ok, false, url);
      assert.match(!result.ok ? result.message : '', /https/);
    }
  });

  it('tells loopback hosts apart from look-alikes', () => {
    assert.equal(isLoopback('http://127.0.0.1:3000'), true);
    assert.equal(isLoopback('https://api.x.com'), false);
    assert.equal(isLoopback('not a url'), false);
    assert.equal(isLoopbackHost('127.0.0.1'), true);
    assert.equal(isLoopbackHost('localhost.'), true);
    assert.equal(isLoopbackHost('127.0.0.1.nip.io'), false);
    assert.equal(isLoopbackHost('128.0.0.1'), false);
  });

  it('asks consent for every origin but X and this machine', () => {
    assert.equal(needsOriginConsent('https://api.x.com'), false);
    assert.equal(needsOriginConsent('https://api.x.com/proxy'), false);
    assert.equal(needsOriginConsent('http://127.0.0.1:41234'), false);
    assert.equal(needsOriginConsent('https://localhost:8443'), false);
    assert.equal(needsOriginConsent('https://api.twitter.com'), true);
    assert.equal(needsOriginConsent('https://api.x.com:8443'), true);
    assert.equal(needsOriginConsent('https://mock.example.com'), true);
    assert.equal(originOf('https://mock.example.com:8443/a/b'), 'https://mock.example.com:8443');
  });

  it('names the host of every base URL that is not X\'s own, for the status bar', () => {
    assert.equal(nonDefaultHost('https://api.x.com'), undefined);
    assert.equal(nonDefaultHost('https://api.x.com/'), undefined);
    assert.equal(nonDefaultHost('https://api.x.com/proxy'), 'api.x.com');
    assert.equal(nonDefaultHost('http://127.0.0.1:9000'), '127.0.0.1:9000');
    assert.equal(nonDefaultHost('http://example.com'), 'example.com', 'an invalid setting still shows what it says');
    assert.equal(nonDefaultHost('not a url'), undefined);
  });
});
