'use strict';
// The demo is built in steps over a minute or so: a start stopped in between (Ctrl-C, a crash)
// leaves a workshop whose repair orders never reached their statuses. The last step writes this
// marker naming the workshop, so only a finished demo is taken as built — and once it is, the
// workshop is the user's to change (moving the demo's orders does not make it "incomplete").
const fs = require('node:fs');
const path = require('node:path');

class DemoBuildMarker {
  /** @param {string} file */
  constructor(file) {
    this.file = file;
  }

  /** @param {string} workshopId */
  isSetFor(workshopId) {
    try {
      return JSON.parse(fs.readFileSync(this.file, 'utf8')).workshopId === workshopId;
    } catch {
      return false;
    }
  }

  /** @param {string} workshopId */
  setFor(workshopId) {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, `${JSON.stringify({ workshopId, builtAt: new Date().toISOString() })}\n`);
  }
}

module.exports = { DemoBuildMarker };
