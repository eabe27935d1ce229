// Common given names and the pronoun they usually take, so "he" can skip "Hillary Clinton" and
// "she" can skip "Donald Trump". Written by hand (an attempt to derive it from PolNeAR train by
// pronoun votes gave 12 names, most of them noise; see notes/decisions-entities.md). A name not
// listed here, or used by both, simply tells nothing.

export const MALE_GIVEN_NAMES: readonly string[] = [
  'Aaron', 'Abraham', 'Adam', 'Adrian', 'Ahmed', 'Alan', 'Albert', 'Alex', 'Alexander', 'Alexei', 'Ali', 'Andrei',
  'Andrew', 'Andy', 'Angus', 'Anthony', 'Antonio', 'Arthur', 'Barack', 'Barry', 'Ben', 'Benjamin', 'Bernard',
  'Bernie', 'Bill', 'Billy', 'Blake', 'Bob', 'Bobby', 'Boris', 'Brad', 'Brandon', 'Brett', 'Brian', 'Bruce',
  'Caleb', 'Cameron', 'Carl', 'Carlos', 'Chad', 'Charles', 'Chris', 'Christopher', 'Chuck', 'Clarence', 'Cody',
  'Colin', 'Cory', 'Craig', 'Curtis', 'Dale', 'Dan', 'Daniel', 'Darren', 'Dave', 'David', 'Dean', 'Dennis', 'Derek',
  'Dick', 'Dmitri', 'Dmitry', 'Don', 'Donald', 'Doug', 'Douglas', 'Dylan', 'Ed', 'Eddie', 'Edward', 'Eli', 'Elijah',
  'Emmanuel', 'Emmett', 'Eric', 'Ernest', 'Ethan', 'Eugene', 'Evan', 'Francis', 'Frank', 'Franklin', 'Fred',
  'Gabriel', 'Gary', 'Gene', 'George', 'Gerald', 'Gordon', 'Graham', 'Grant', 'Greg', 'Gregory', 'Hank', 'Harold',
  'Harry', 'Harvey', 'Henry', 'Howard', 'Hugh', 'Hunter', 'Ian', 'Igor', 'Isaac', 'Ivan', 'Jack', 'Jacob', 'Jake', 'James',
  'Jared', 'Jason', 'Javier', 'Jay', 'Jeb', 'Jeff', 'Jeffrey', 'Jeremiah', 'Jeremy', 'Jerry', 'Jesse', 'Jim',
  'Jimmy', 'Joe', 'Joel', 'John', 'Johnny', 'Jon', 'Jonathan', 'Jorge', 'Jose', 'Joseph', 'Josh', 'Joshua', 'Juan',
  'Justin', 'Keith', 'Ken', 'Kenneth', 'Kevin', 'Kim', 'Kurt', 'Lance', 'Larry', 'Lee', 'Leo', 'Leon', 'Leonard',
  'Lewis', 'Liam', 'Lindsey', 'Lloyd', 'Louis', 'Luis', 'Luke', 'Malcolm', 'Marco', 'Mario', 'Mark', 'Martin',
  'Marvin', 'Matt', 'Matthew', 'Max', 'Michael', 'Miguel', 'Mike', 'Mitch', 'Mitchell', 'Mohammed', 'Muhammad',
  'Nathan', 'Neil', 'Nicholas', 'Nick', 'Nikolai', 'Noah', 'Norman', 'Oleksandr', 'Oliver', 'Omar', 'Oscar', 'Owen',
  'Pablo', 'Patrick', 'Paul', 'Pedro', 'Pete', 'Peter', 'Phil', 'Philip', 'Ralph', 'Rand', 'Ray', 'Raymond',
  'Reggie', 'Reince', 'Rex', 'Richard', 'Rick', 'Ricky', 'Rob', 'Robert', 'Roger', 'Ron', 'Ronald', 'Roy',
  'Rudolph', 'Rudy', 'Russell', 'Ryan', 'Sam', 'Samuel', 'Scott', 'Sean', 'Sergei', 'Sergey', 'Sergio', 'Seth',
  'Shane', 'Simon', 'Stanley', 'Stephen', 'Steve', 'Steven', 'Stuart', 'Ted', 'Terry', 'Theodore', 'Thomas', 'Tim',
  'Timothy', 'Todd', 'Tom', 'Tony', 'Travis', 'Trevor', 'Troy', 'Tyler', 'Valery', 'Vernon', 'Victor', 'Viktor',
  'Vincent', 'Vladimir', 'Volodymyr', 'Walter', 'Warren', 'Wayne', 'Wesley', 'William', 'Willie', 'Xi', 'Yuri',
  'Zach', 'Zachary',
];

export const FEMALE_GIVEN_NAMES: readonly string[] = [
  'Abby', 'Abigail', 'Adriana', 'Aisha', 'Alexandra', 'Alexis', 'Alice', 'Alicia', 'Alison', 'Allison', 'Amanda',
  'Amy', 'Ana', 'Andrea', 'Angela', 'Angelina', 'Ann', 'Anna', 'Anne', 'Annie', 'April', 'Ashley', 'Audrey',
  'Barbara', 'Beth', 'Bethany', 'Betsy', 'Betty', 'Beverly', 'Brenda', 'Brittany', 'Brooke', 'Camila', 'Candace',
  'Carla', 'Carly', 'Carmen', 'Carol', 'Caroline', 'Carolyn', 'Cassandra', 'Catherine', 'Charlotte', 'Chelsea',
  'Cheryl', 'Chloe', 'Christina', 'Christine', 'Cindy', 'Claire', 'Claudia', 'Colleen', 'Condoleezza', 'Courtney',
  'Crystal', 'Cynthia', 'Dana', 'Danielle', 'Dawn', 'Debbie', 'Deborah', 'Denise', 'Diana', 'Diane', 'Dolores',
  'Donna', 'Doris', 'Dorothy', 'Eileen', 'Elaine', 'Eleanor', 'Elena', 'Elise', 'Elizabeth', 'Ella', 'Ellen',
  'Emily', 'Emma', 'Erica', 'Erin', 'Esther', 'Eva', 'Evelyn', 'Faith', 'Fiona', 'Frances', 'Gabriela', 'Gail',
  'Gina', 'Gloria', 'Grace', 'Gwen', 'Hailey', 'Hannah', 'Harriet', 'Heather', 'Heidi', 'Helen', 'Hillary', 'Holly',
  'Hope', 'Huma', 'Ingrid', 'Irene', 'Irina', 'Isabel', 'Isabella', 'Ivanka', 'Jacqueline', 'Jamie', 'Jane',
  'Janet', 'Janice', 'Jasmine', 'Jean', 'Jennifer', 'Jenny', 'Jessica', 'Jill', 'Joan', 'Joanna', 'Jocelyn', 'Joni',
  'Josephine', 'Joyce', 'Judith', 'Judy', 'Julia', 'Julie', 'Kamala', 'Karen', 'Karina', 'Kate', 'Katherine',
  'Kathleen', 'Kathy', 'Katie', 'Kayla', 'Kelly', 'Kellyanne', 'Kendra', 'Kirsten', 'Kristen', 'Laura',
  'Lauren', 'Leah', 'Lillian', 'Lily', 'Linda', 'Lindsay', 'Lisa', 'Loretta', 'Lucy', 'Lydia', 'Lynn', 'Madeleine',
  'Mallory', 'Marcia', 'Margaret', 'Maria', 'Marie', 'Marilyn', 'Marina', 'Marine', 'Martha', 'Mary', 'Megan',
  'Megyn', 'Melania', 'Melissa', 'Mia', 'Michelle', 'Molly', 'Monica', 'Nadia', 'Nancy', 'Naomi', 'Natalia',
  'Natalie', 'Nicola', 'Nikki', 'Nina', 'Nora', 'Olga', 'Olivia', 'Paige', 'Pamela', 'Patricia', 'Paula', 'Peggy',
  'Penny', 'Priscilla', 'Rachel', 'Rebecca', 'Rosa', 'Rose', 'Ruth', 'Sabrina', 'Sally', 'Samantha', 'Sandra',
  'Sara', 'Sarah', 'Selena', 'Shannon', 'Sharon', 'Sheryl', 'Shirley', 'Sonia', 'Sophie', 'Stacy', 'Stephanie',
  'Susan', 'Susana', 'Svetlana', 'Sylvia', 'Tamara', 'Tammy', 'Tanya', 'Tara', 'Teresa', 'Theresa', 'Tina', 'Tracy',
  'Tulsi', 'Ursula', 'Valerie', 'Vanessa', 'Vera', 'Veronica', 'Victoria', 'Virginia', 'Wendy', 'Whitney',
  'Yolanda', 'Yulia', 'Zoe',
];
