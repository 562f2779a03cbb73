// The peer a user would write instead of Gatehouse: parse the webhook's JSON, append it
// to a file, fsync, answer 201. The ingest benchmark measures it in the same run.
// Usage: node bench/nodepeer.js PORT FILE   (port 0 picks one)
const http = require('http');
const fs = require('fs');
const fd = fs.openSync(process.argv[3] || 'nodepeer.jsonl', 'a');
let next = 1;
const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        let item;
        try { item = JSON.parse(Buffer.concat(chunks)); } catch (e) { res.writeHead(400).end(); return; }
        const id = next++;
        fs.write(fd, JSON.stringify({ id, item }) + '\n', (err) => err ? res.writeHead(503).end() :
            fs.fsync(fd, (err) => err ? res.writeHead(503).end() :
                res.writeHead(201, { 'Content-Type': 'application/json' })
                    .end(JSON.stringify({ id, state: 'pending' }))));
    });
});
server.listen(Number(process.argv[2] || 0), '127.0.0.1',
    () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
