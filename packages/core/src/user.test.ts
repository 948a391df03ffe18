// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import { ValidationError, formatPath, isSameUser, parseUser } from '@interlude/core';

describe('parseUser', () => {
  it('accepts a vendor user and keeps its fields', () => {
    const user = parseUser({ id: 'c-1042', role: 'client', locale: 'ar-EG', timeZone: 'Africa/Cairo' });
    expect(user).to.deep.equal({ id: 'c-1042', role: 'client', locale: 'ar-EG', timeZone: 'Africa/Cairo' });
  });

  it('rejects a wrong role with a typed error that names the path', () => {
    let caught: unknown;
    try {
      parseUser({ id: 'c-1', role: 'admin' });
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(ValidationError);
    const error = caught as ValidationError;
    expect(error.code).to.equal('validation');
    expect(error.subject).to.equal('user');
    expect(error.issues).to.have.length(1);
    expect(error.issues[0]!.path).to.deep.equal(['role']);
    expect(error.message).to.equal('Invalid user: role: expected one of client, clinician');
  });

  it('lists every problem, and never echoes the rejected value', () => {
    const secret = 'Jane Doe, jane@example.org';
    try {
      parseUser({ id: '', role: 'client', locale: secret });
      expect.fail('parseUser accepted an empty id');
    } catch (error) {
      const { issues, message } = error as ValidationError;
      expect(issues.map((issue) => formatPath(issue.path))).to.deep.equal(['id', 'locale']);
      expect(message).not.to.include(secret);
    }
  });

  it('rejects something that is not an object at the root', () => {
    expect(() => parseUser(null)).to.throw(ValidationError, 'Invalid user: (root): expected object');
  });
});

describe('formatPath', () => {
  it('writes array indices in brackets', () => {
    expect(formatPath(['items', 3, 'value'])).to.equal('items[3].value');
    expect(formatPath([])).to.equal('(root)');
  });
});

describe('isSameUser', () => {
  it('compares id and role', () => {
    expect(isSameUser({ id: 'a', role: 'client' }, { id: 'a', role: 'client', locale: 'en' })).to.equal(true);
    expect(isSameUser({ id: 'a', role: 'client' }, { id: 'a', role: 'clinician' })).to.equal(false);
  });
});
