// Small articles whose quotes, words and speakers were counted by hand, for the profile's and the CLI's tests.

// Mayor Reyes: 13 + 4 words, Councillor Berger: 12, one unnamed resident: 3. Both named speakers are officials.
export const COUNCIL = `The city council voted 7-2 on Tuesday to build a flood wall along the river.
"This is the most important vote this council has taken in a decade," said Mayor Ana Reyes.
Councillor Tom Berger, who voted against, was unconvinced. "If this wall works, I will be the first to say so," he said.
One resident, who asked not to be named, said: "Nobody asked us."
"It is about time," Reyes added.`;

// The Environment Agency: 4 words; Jo Park, a cafe owner (no office): 3 + 5; a banner's words, said by no one: 10.
export const RIVER = `"We were promised a wall in 2019 and nothing happened," read one banner on the bridge.
The Environment Agency said: "River levels are falling."
"We lost everything," said Jo Park, who runs a cafe on the bank.
"The insurers have gone quiet," Park said.`;

// Police Chief Lopez: 10 words; a witness, unnamed: 7.
export const ROAD = `Police Chief Maria Lopez said the road would reopen on Friday.
"We have cleared the debris and the bridge is safe," Lopez said.
"I have never seen anything like it," said a witness.`;
