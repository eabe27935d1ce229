// Common given names and the pronoun they usually take, so "he" can skip "Hillary Clinton" and
// "she" can skip "Donald Trump". Written by hand (an attempt to derive it from PolNeAR train by
// pronoun votes gave 12 names, most of them noise; see notes/decisions-entities.md). A name not
// listed here, or used by both, simply tells nothing.

export const MALE_GIVEN_NAMES: readonly string[] = [
  'Aaron', 'Adam', 'Alan', 'Albert', 'Alex', 'Alexander', 'Alexei', 'Andrew', 'Andrei', 'Anthony', 'Antonio',
  'Arthur', 'Barack', 'Ben', 'Benjamin', 'Bernie', 'Bill', 'Bob', 'Boris', 'Brad', 'Brian', 'Bruce', 'Carl',
  'Charles', 'Chris', 'Christopher', 'Chuck', 'Colin', 'Craig', 'Dan', 'Daniel', 'David', 'Dennis', 'Dick',
  'Dmitry', 'Donald', 'Doug', 'Douglas', 'Ed', 'Edward', 'Emmanuel', 'Eric', 'Frank', 'Fred', 'Gary', 'George',
  'Gerald', 'Greg', 'Gregory', 'Harry', 'Henry', 'Howard', 'Ian', 'Igor', 'Ivan', 'Jack', 'Jacob', 'James',
  'Jason', 'Jeb', 'Jeff', 'Jeffrey', 'Jeremy', 'Jerry', 'Jim', 'Jimmy', 'Joe', 'John', 'Jon', 'Jonathan', 'Joseph',
  'Josh', 'Joshua', 'Juan', 'Justin', 'Keith', 'Ken', 'Kenneth', 'Kevin', 'Kim', 'Larry', 'Lindsey', 'Mark',
  'Martin', 'Matt', 'Matthew', 'Michael', 'Mike', 'Mitch', 'Mohammed', 'Muhammad', 'Nicholas', 'Nick', 'Nikolai',
  'Oleksandr', 'Patrick', 'Paul', 'Pete', 'Peter', 'Phil', 'Philip', 'Ralph', 'Rand', 'Raymond', 'Reince',
  'Richard', 'Rick', 'Rob', 'Robert', 'Roger', 'Ron', 'Ronald', 'Rudy', 'Russell', 'Ryan', 'Sam', 'Samuel',
  'Scott', 'Sean', 'Sergei', 'Sergey', 'Stephen', 'Steve', 'Steven', 'Ted', 'Thomas', 'Tim', 'Timothy', 'Todd',
  'Tom', 'Tony', 'Valery', 'Viktor', 'Vladimir', 'Volodymyr', 'Walter', 'Wayne', 'William', 'Xi', 'Yuri',
];

export const FEMALE_GIVEN_NAMES: readonly string[] = [
  'Abigail', 'Alexandra', 'Alice', 'Alicia', 'Amanda', 'Amy', 'Ana', 'Angela', 'Ann', 'Anna', 'Anne', 'Barbara',
  'Betsy', 'Betty', 'Carly', 'Carol', 'Caroline', 'Catherine', 'Chelsea', 'Christine', 'Claire', 'Condoleezza',
  'Cynthia', 'Debbie', 'Deborah', 'Diane', 'Donna', 'Elena', 'Elizabeth', 'Ellen', 'Emily', 'Emma', 'Hannah',
  'Heather', 'Helen', 'Hillary', 'Hope', 'Huma', 'Irina', 'Ivanka', 'Jane', 'Janet', 'Jennifer', 'Jessica', 'Jill',
  'Joan', 'Joni', 'Julia', 'Julie', 'Karen', 'Kamala', 'Kate', 'Katherine', 'Kathleen', 'Kathy', 'Kelly',
  'Kellyanne', 'Kirsten', 'Laura', 'Lauren', 'Linda', 'Lisa', 'Loretta', 'Lynn', 'Madeleine', 'Margaret', 'Maria',
  'Marie', 'Marine', 'Martha', 'Mary', 'Megyn', 'Melania', 'Michelle', 'Nancy', 'Natalia', 'Nicola', 'Nikki',
  'Olga', 'Patricia', 'Rachel', 'Rebecca', 'Samantha', 'Sandra', 'Sara', 'Sarah', 'Sharon', 'Sheryl', 'Sophie',
  'Susan', 'Susana', 'Svetlana', 'Tammy', 'Teresa', 'Theresa', 'Tulsi', 'Ursula', 'Valerie', 'Victoria',
  'Virginia', 'Wendy', 'Yulia',
];
