// Posts a protocol message to the host page from an origin that is not the app origin.
parent.postMessage('getInitData::0123456789abcdefghijklmnopqrstuv:rogue', '*');
